package com.bulkwriter.progress.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bulkwriter.progress.internal.LiveEvent.Kind;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.sql.Database;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Events stored in groups: one transaction a group, numbers gapless per batch, all or none. */
class EventLogTest {

  private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void aGroupNumbersEachBatchsEventsInOrderAndCreatesMissingCounters(DatabaseUnderTest database) {
    EventLog log = eventLog(database);
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    log.append(first, "ann", Kind.BATCH_UPDATED, AT, seq -> "{\"seq\":" + seq + "}");

    List<EventLog.Stored> stored =
        log.appendAll(
            List.of(event(first, "a"), event(second, "b"), event(first, "c"), event(second, "d")));

    assertThat(stored)
        .extracting(e -> e.payload() + "@" + e.seq())
        .containsExactly("a2@2", "b1@1", "c3@3", "d2@2");
    assertThat(log.after(first, 0)).containsExactly("{\"seq\":1}", "a2", "c3");
    assertThat(log.lastSeq(second)).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void aGroupThatCannotBeStoredLeavesNoEventAndNoNumberTaken(DatabaseUnderTest database) {
    EventLog log = eventLog(database);
    UUID batch = UUID.randomUUID();
    log.append(batch, "ann", Kind.BATCH_UPDATED, AT, seq -> "first");
    EventLog.Append tooLong =
        new EventLog.Append(batch, "x".repeat(500), Kind.BATCH_UPDATED, AT, seq -> "bad");

    assertThatThrownBy(() -> log.appendAll(List.of(event(batch, "good"), tooLong)))
        .isInstanceOf(RuntimeException.class);

    assertThat(log.after(batch, 0)).containsExactly("first");
    assertThat(log.appendAll(List.of(event(batch, "next"))))
        .extracting(EventLog.Stored::seq)
        .containsExactly(2L);
  }

  private static EventLog.Append event(UUID batch, String name) {
    return new EventLog.Append(batch, "ann", Kind.ARTICLE_UPDATED, AT, seq -> name + seq);
  }

  private static EventLog eventLog(DatabaseUnderTest database) {
    var dataSource = database.dataSource();
    Flyway.configure().dataSource(dataSource).load().migrate();
    return new EventLog(
        JdbcClient.create(dataSource),
        new NamedParameterJdbcTemplate(dataSource),
        database == DatabaseUnderTest.H2 ? Database.H2 : Database.POSTGRESQL,
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
  }
}
