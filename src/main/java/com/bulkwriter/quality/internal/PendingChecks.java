package com.bulkwriter.quality.internal;

import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The articles waiting for their checks ({@code quality_pending}, V25): marked in the transaction
 * that stores an article's result, taken in chunks by the {@link QualityRunner}, deleted in the
 * transaction that stores their checks.
 */
@Repository
public class PendingChecks {

  /** The advisory lock space of the quality runner's batch locks (PostgreSQL), "QC". */
  private static final int LOCK_SPACE = 0x5143;

  private final JdbcClient jdbc;
  private final NamedQueries sql;

  PendingChecks(JdbcClient jdbc, Database database) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("quality", database);
  }

  /** Marks the article as waiting for its checks (nothing when it already waits). */
  public void mark(UUID articleId, UUID batchId, Instant now) {
    jdbc.sql(sql.get("mark-pending"))
        .param("id", articleId)
        .param("batchId", batchId)
        .param("now", time(now))
        .update();
  }

  /** Up to {@code limit} batches with articles due by {@code now}. */
  List<UUID> batches(int limit, Instant now) {
    return jdbc.sql(sql.get("pending-batches"))
        .param("limit", limit)
        .param("now", time(now))
        .query(UUID.class)
        .list();
  }

  /**
   * Takes the batch for this transaction, unless another node's runner has it (PostgreSQL; the
   * embedded database has one node and always answers yes).
   */
  boolean lock(UUID batchId) {
    int key = batchId.hashCode();
    return Boolean.TRUE.equals(
        jdbc.sql(sql.get("lock-batch"))
            .param("space", LOCK_SPACE)
            .param("key", key)
            .query(Boolean.class)
            .single());
  }

  /**
   * The oldest articles of the batch due by {@code now}, held until the transaction ends
   * (PostgreSQL).
   */
  List<UUID> claim(UUID batchId, int limit, Instant now) {
    return jdbc.sql(sql.get("claim-pending"))
        .param("batchId", batchId)
        .param("limit", limit)
        .param("now", time(now))
        .query(UUID.class)
        .list();
  }

  /** The article stays pending, but is not taken again before {@code until}. */
  void defer(UUID articleId, Instant until) {
    jdbc.sql(sql.get("defer-pending")).param("id", articleId).param("until", time(until)).update();
  }

  /** No longer waiting: deleted in the transaction that stores their checks. */
  public void done(List<UUID> articleIds) {
    jdbc.sql(sql.get("delete-pending")).param("ids", articleIds).update();
  }
}
