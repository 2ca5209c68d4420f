package com.bulkwriter.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.DatabaseUnderTest;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V24 keeps the per-state counts of the batches that are finished when it runs (completed or
 * cancelled) on their rows, and none for a running or paused one, which the list goes on counting
 * from its articles.
 */
class KeptCountsMigrationTest {

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void finishedBatchesGetTheirCountsAndUnfinishedOnesNone(DatabaseUnderTest database) {
    var dataSource = database.dataSource();
    Flyway.configure().dataSource(dataSource).target("22").load().migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    UUID completed = batch(jdbc, "COMPLETED", "SUCCEEDED", "SUCCEEDED", "FAILED");
    UUID cancelled = batch(jdbc, "CANCELLED", "SUCCEEDED", "CANCELLED", "CANCELLED");
    UUID paused = batch(jdbc, "PAUSED", "SUCCEEDED", "QUEUED");

    Flyway.configure().dataSource(dataSource).load().migrate();

    assertThat(kept(jdbc, completed)).isEqualTo("0 0 2 1 0");
    assertThat(kept(jdbc, cancelled)).isEqualTo("0 0 1 0 2");
    assertThat(kept(jdbc, paused)).isEqualTo("null null null null null");
  }

  private static UUID batch(JdbcClient jdbc, String status, String... articles) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO batches (id, owner, name, status, settings, total, created_at, updated_at)"
                + " VALUES (:id, 'ann', 'Old', :status, '{}', :total, NOW(), NOW())")
        .param("id", id)
        .param("status", status)
        .param("total", articles.length)
        .update();
    for (int i = 0; i < articles.length; i++) {
      jdbc.sql(
              "INSERT INTO articles (id, batch_id, ordinal, keyword, status, next_attempt_at,"
                  + " created_at, updated_at) VALUES (:id, :batch, :ordinal, 'k', :status, NOW(),"
                  + " NOW(), NOW())")
          .param("id", UUID.randomUUID())
          .param("batch", id)
          .param("ordinal", i + 1)
          .param("status", articles[i])
          .update();
    }
    return id;
  }

  /** queued, running, succeeded, failed, cancelled as kept on the row. */
  private static String kept(JdbcClient jdbc, UUID batch) {
    return jdbc.sql(
            "SELECT counts_queued, counts_running, counts_succeeded, counts_failed,"
                + " counts_cancelled FROM batches WHERE id = :id")
        .param("id", batch)
        .query(
            (rs, n) ->
                rs.getObject(1)
                    + " "
                    + rs.getObject(2)
                    + " "
                    + rs.getObject(3)
                    + " "
                    + rs.getObject(4)
                    + " "
                    + rs.getObject(5))
        .single();
  }
}
