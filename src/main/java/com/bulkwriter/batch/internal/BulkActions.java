package com.bulkwriter.batch.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;
import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored bulk actions. A background one is claimed by one node at a time with a lease: the
 * claim is one guarded statement (after SKIP LOCKED on PostgreSQL), every chunk renews the lease in
 * the chunk's transaction, and a node that lost its lease rolls its chunk back.
 */
@Repository
class BulkActions {

  private static final TypeReference<List<UUID>> IDS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final JsonMapper json;

  BulkActions(JdbcClient jdbc, Database database, JsonMapper json) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("review", database);
    this.json = json;
  }

  void insert(BulkAction action) {
    jdbc.sql(sql.get("insert-bulk-action"))
        .param("id", action.id())
        .param("owner", action.owner())
        .param("batchId", action.batchId())
        .param("action", action.action().name())
        .param("parameters", json.writeValueAsString(action.parameters()))
        .param("articleIds", json.writeValueAsString(action.articleIds()))
        .param("status", action.status().name())
        .param("total", action.total())
        .param("processed", action.processed())
        .param("changed", action.changed())
        .param("skipped", action.skipped())
        .param("now", time(action.createdAt()))
        .param("finishedAt", action.finishedAt() == null ? null : time(action.finishedAt()))
        .update();
  }

  Optional<BulkAction> find(UUID id) {
    return jdbc.sql(sql.get("find-bulk-action")).param("id", id).query(this::action).optional();
  }

  /** The batch's latest actions, newest first. */
  List<BulkAction> ofBatch(UUID batchId, int limit) {
    return jdbc.sql(sql.get("bulk-actions-of-batch"))
        .param("batchId", batchId)
        .param("limit", limit)
        .query(this::action)
        .list();
  }

  /** The id of an action this node may run now (waiting, or its node's lease expired), or null. */
  UUID claimable(Instant now) {
    return jdbc.sql(sql.get("claimable-bulk-action"))
        .param("now", time(now))
        .query(UUID.class)
        .optional()
        .orElse(null);
  }

  /** Takes the action for {@code node} until {@code until}; false when another node has it. */
  boolean take(UUID id, String node, Instant now, Instant until) {
    return jdbc.sql(sql.get("take-bulk-action"))
            .param("node", node)
            .param("until", time(until))
            .param("now", time(now))
            .param("id", id)
            .update()
        == 1;
  }

  /** Records a chunk done and renews the lease; false when {@code node} no longer holds it. */
  boolean advance(
      UUID id, String node, int processed, int changed, int skipped, Instant now, Instant until) {
    return jdbc.sql(sql.get("advance-bulk-action"))
            .param("processed", processed)
            .param("changed", changed)
            .param("skipped", skipped)
            .param("until", time(until))
            .param("now", time(now))
            .param("id", id)
            .param("node", node)
            .update()
        == 1;
  }

  boolean finish(UUID id, String node, BulkAction.Status status, String error, Instant now) {
    return jdbc.sql(sql.get("finish-bulk-action"))
            .param("status", status.name())
            .param("error", error)
            .param("now", time(now))
            .param("id", id)
            .param("node", node)
            .update()
        == 1;
  }

  private BulkAction action(ResultSet rs, int row) throws SQLException {
    return new BulkAction(
        rs.getObject("id", UUID.class),
        rs.getString("owner"),
        rs.getObject("batch_id", UUID.class),
        BulkAction.Kind.valueOf(rs.getString("action")),
        json.readValue(rs.getString("parameters"), BulkAction.Parameters.class),
        json.readValue(rs.getString("article_ids"), IDS),
        BulkAction.Status.valueOf(rs.getString("status")),
        rs.getInt("total"),
        rs.getInt("processed"),
        rs.getInt("changed"),
        rs.getInt("skipped"),
        rs.getString("error"),
        instant(rs, "created_at"),
        instant(rs, "finished_at"));
  }
}
