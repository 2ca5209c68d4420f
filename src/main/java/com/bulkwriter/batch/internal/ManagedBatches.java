package com.bulkwriter.batch.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;
import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.batch.SettingsJson;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored side of renaming, archiving and deleting batches (sql/batch-management.sql). */
@Repository
class ManagedBatches {

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final SettingsJson json;

  ManagedBatches(JdbcClient jdbc, Database database, SettingsJson json) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("batch-management", database);
    this.json = json;
  }

  boolean rename(String scope, UUID id, String name) {
    return jdbc.sql(sql.get("rename-batch"))
            .param("id", id)
            .param("scope", scope)
            .param("name", name)
            .update()
        == 1;
  }

  /** Archives a live batch (an archived one keeps its time); false when there was nothing to do. */
  boolean archive(String scope, UUID id, Instant now) {
    return jdbc.sql(sql.get("archive-batch"))
            .param("id", id)
            .param("scope", scope)
            .param("now", time(now))
            .update()
        == 1;
  }

  boolean unarchive(String scope, UUID id) {
    return jdbc.sql(sql.get("unarchive-batch")).param("id", id).param("scope", scope).update() == 1;
  }

  /** The rows of a batch as submitted: keyword and overrides, in order. */
  List<BatchSubmission.SubmissionItem> items(UUID batchId) {
    return jdbc.sql(sql.get("submission-items"))
        .param("batchId", batchId)
        .query(
            (rs, n) ->
                new BatchSubmission.SubmissionItem(
                    rs.getString("keyword"), json.overrides(rs.getString("overrides"))))
        .list();
  }

  /** Marks a finished (completed or cancelled) batch for deletion; false if it is not one. */
  boolean markDeleting(UUID id, Instant now) {
    return jdbc.sql(sql.get("mark-deleting")).param("id", id).param("now", time(now)).update() == 1;
  }

  List<BatchDeletion> deletions(String scope) {
    return jdbc.sql(sql.get("deletions"))
        .param("scope", scope)
        .query(
            (rs, n) ->
                new BatchDeletion(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("owner"),
                    rs.getInt("total"),
                    rs.getLong("remaining"),
                    instant(rs, "deleting_at")))
        .list();
  }

  /** Batches marked for deletion and their owners, oldest mark first. */
  Map<UUID, String> marked() {
    Map<UUID, String> marked = new LinkedHashMap<>();
    jdbc.sql(sql.get("marked-batches"))
        .query(
            (ResultSet rs) -> {
              marked.put(rs.getObject("id", UUID.class), rs.getString("owner"));
            });
    return marked;
  }

  /**
   * Locks a marked batch's row for the current transaction; false when it is gone or another node
   * holds it (that node is purging it).
   */
  boolean lockMarked(UUID id) {
    return jdbc.sql(sql.get("lock-marked-batch"))
        .param("id", id)
        .query(UUID.class)
        .optional()
        .isPresent();
  }

  /** Deletes up to {@code limit} of the batch's articles; returns how many. */
  int purgeArticles(UUID id, int limit) {
    return jdbc.sql(sql.get("purge-articles")).param("id", id).param("limit", limit).update();
  }

  /** Deletes the marked batch's row once it has no article left; false when some remain. */
  boolean purgeBatch(UUID id) {
    return jdbc.sql(sql.get("purge-batch")).param("id", id).update() == 1;
  }
}
