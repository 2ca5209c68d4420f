package com.bulkwriter.progress.internal;

import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored events of every batch. Numbers come from one counter row per batch, incremented in the
 * same transaction that stores the event: the row lock makes them gapless and unique however many
 * nodes write to the same batch.
 */
@Repository
public class EventLog {

  /** Most events one catch-up answer holds; a client far behind asks again. */
  public static final int MAX_CATCH_UP = 1_000;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate jdbcTemplate;
  private final NamedQueries sql;
  private final TransactionTemplate transactions;

  EventLog(
      JdbcClient jdbc,
      NamedParameterJdbcTemplate jdbcTemplate,
      Database database,
      TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
    this.sql = NamedQueries.load("progress", database);
    this.transactions = transactions;
  }

  /** An event as stored. */
  record Stored(UUID batchId, long seq, String owner, LiveEvent.Kind kind, String payload) {}

  /** An event to store; {@code payload} makes its JSON from the number it gets. */
  record Append(
      UUID batchId, String owner, LiveEvent.Kind kind, Instant at, LongFunction<String> payload) {}

  /**
   * Stores an event of {@code batchId} under the next number; {@code payload} makes its JSON from
   * that number.
   */
  Stored append(
      UUID batchId, String owner, LiveEvent.Kind kind, Instant now, LongFunction<String> payload) {
    return appendAll(List.of(new Append(batchId, owner, kind, now, payload))).getFirst();
  }

  /**
   * Stores {@code events}, each under its batch's next number in the order given, in one
   * transaction: on the embedded database every commit is a durable write to the file, and a group
   * of events costs one instead of one each. Each batch's numbers are taken at once and its events
   * inserted as one JDBC batch. All are stored or none.
   */
  List<Stored> appendAll(List<Append> events) {
    Map<UUID, List<Append>> byBatch = new LinkedHashMap<>();
    for (Append event : events) {
      byBatch.computeIfAbsent(event.batchId(), id -> new ArrayList<>()).add(event);
    }
    for (int attempt = 0; ; attempt++) {
      UUID[] missing = {null};
      Map<Append, Stored> stored =
          transactions.execute(
              tx -> {
                Map<Append, Stored> done = new IdentityHashMap<>(events.size());
                for (var batch : byBatch.entrySet()) {
                  if (!appendInTransaction(batch.getKey(), batch.getValue(), done)) {
                    missing[0] = batch.getKey();
                    tx.setRollbackOnly();
                    return null;
                  }
                }
                return done;
              });
      if (stored != null) {
        return events.stream().map(stored::get).toList();
      }
      if (attempt >= byBatch.size()) {
        throw new IllegalStateException("No event counter for batch " + missing[0]);
      }
      createCounter(missing[0]);
    }
  }

  /** False when the batch has no counter yet. */
  private boolean appendInTransaction(UUID batchId, List<Append> events, Map<Append, Stored> done) {
    // takes the row lock until commit: the numbers and the events are stored together
    if (jdbc.sql(sql.get("next-seqs"))
            .param("batchId", batchId)
            .param("count", events.size())
            .update()
        == 0) {
      return false;
    }
    long last =
        jdbc.sql(sql.get("current-seq")).param("batchId", batchId).query(Long.class).single();
    long seq = last - events.size();
    List<SqlParameterSource> rows = new ArrayList<>(events.size());
    for (Append event : events) {
      seq++;
      String json = event.payload().apply(seq);
      done.put(event, new Stored(batchId, seq, event.owner(), event.kind(), json));
      rows.add(
          new MapSqlParameterSource()
              .addValue("batchId", batchId)
              .addValue("seq", seq)
              .addValue("owner", event.owner())
              .addValue("kind", event.kind().name())
              .addValue("payload", json)
              .addValue("now", time(event.at())));
    }
    jdbcTemplate.batchUpdate(sql.get("insert-event"), rows.toArray(SqlParameterSource[]::new));
    return true;
  }

  /** The batch's first event: its counter row, made outside the event's transaction. */
  private void createCounter(UUID batchId) {
    try {
      jdbc.sql(sql.get("first-seq")).param("batchId", batchId).update();
    } catch (DuplicateKeyException raced) {
      // another node made it first; use theirs
    }
  }

  /** Events of the batch numbered above {@code after}, in order, at most {@link #MAX_CATCH_UP}. */
  public List<String> after(UUID batchId, long after) {
    return jdbc.sql(sql.get("events-after"))
        .param("batchId", batchId)
        .param("after", after)
        .param("limit", MAX_CATCH_UP)
        .query(String.class)
        .list();
  }

  /** The batch's highest number so far, 0 before its first event. */
  public long lastSeq(UUID batchId) {
    return jdbc.sql(sql.get("current-seq"))
        .param("batchId", batchId)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /** Removes events stored before {@code cutoff}; returns how many. */
  int deleteBefore(Instant cutoff) {
    return jdbc.sql(sql.get("delete-old-events")).param("cutoff", time(cutoff)).update();
  }

  /** Removes every event and the counter of a deleted batch; returns how many events. */
  int deleteBatch(UUID batchId) {
    jdbc.sql(sql.get("delete-batch-counter")).param("batchId", batchId).update();
    return jdbc.sql(sql.get("delete-batch-events")).param("batchId", batchId).update();
  }
}
