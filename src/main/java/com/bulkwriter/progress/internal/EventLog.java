package com.bulkwriter.progress.internal;

import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;
import org.springframework.dao.DuplicateKeyException;
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
  private final NamedQueries sql;
  private final TransactionTemplate transactions;

  EventLog(JdbcClient jdbc, Database database, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("progress", database);
    this.transactions = transactions;
  }

  /** An event as stored. */
  record Stored(UUID batchId, long seq, String owner, String payload) {}

  /**
   * Stores an event of {@code batchId} under the next number; {@code payload} makes its JSON from
   * that number.
   */
  Stored append(
      UUID batchId, String owner, LiveEvent.Kind kind, Instant now, LongFunction<String> payload) {
    for (int attempt = 0; ; attempt++) {
      Stored stored =
          transactions.execute(
              tx -> {
                // takes the row lock until commit: the number and the event are stored together
                if (jdbc.sql(sql.get("next-seq")).param("batchId", batchId).update() == 0) {
                  return null;
                }
                long seq =
                    jdbc.sql(sql.get("current-seq"))
                        .param("batchId", batchId)
                        .query(Long.class)
                        .single();
                String json = payload.apply(seq);
                jdbc.sql(sql.get("insert-event"))
                    .param("batchId", batchId)
                    .param("seq", seq)
                    .param("owner", owner)
                    .param("kind", kind.name())
                    .param("payload", json)
                    .param("now", time(now))
                    .update();
                return new Stored(batchId, seq, owner, json);
              });
      if (stored != null) {
        return stored;
      }
      if (attempt > 0) {
        throw new IllegalStateException("No event counter for batch " + batchId);
      }
      createCounter(batchId);
    }
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
