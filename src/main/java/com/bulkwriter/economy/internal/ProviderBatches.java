package com.bulkwriter.economy.internal;

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
import org.springframework.stereotype.Component;

/** The provider batches table (SQL in {@code sql/economy.sql}). */
@Component
class ProviderBatches {

  /** Errors are cut to fit their column. */
  private static final int MAX_ERROR_LENGTH = 2_000;

  private final JdbcClient jdbc;
  private final NamedQueries sql;

  ProviderBatches(JdbcClient jdbc, Database database) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("economy", database);
  }

  /** Stores the intent, leased by {@code node} under {@code token}. */
  void insert(
      UUID id,
      UUID batchId,
      String provider,
      String node,
      UUID token,
      Instant now,
      Instant expires) {
    jdbc.sql(sql.get("insert"))
        .param("id", id)
        .param("batchId", batchId)
        .param("provider", provider)
        .param("state", ProviderBatchState.PREPARED.name())
        .param("node", node)
        .param("token", token)
        .param("expires", time(expires))
        .param("now", time(now))
        .update();
  }

  void deleteEmpty(UUID id) {
    jdbc.sql(sql.get("delete-empty")).param("id", id).update();
  }

  void setRequests(UUID id, int requests, long bytes, Instant now) {
    jdbc.sql(sql.get("set-requests"))
        .param("id", id)
        .param("requests", requests)
        .param("bytes", bytes)
        .param("now", time(now))
        .update();
  }

  /** Leases the first provider batch whose next step is due, if any. */
  Optional<ProviderBatch> claimDue(String node, Instant now, Instant expires) {
    UUID token = UUID.randomUUID();
    int claimed =
        jdbc.sql(sql.get("claim-due"))
            .param("active", ProviderBatchState.activeNames())
            .param("node", node)
            .param("token", token)
            .param("expires", time(expires))
            .param("now", time(now))
            .update();
    return claimed == 0 ? Optional.empty() : claimed(token);
  }

  Optional<ProviderBatch> claimed(UUID token) {
    return jdbc.sql(sql.get("claimed")).param("token", token).query(this::row).optional();
  }

  Optional<ProviderBatch> find(UUID id) {
    return jdbc.sql(sql.get("find")).param("id", id).query(this::row).optional();
  }

  List<ProviderBatch> ofBatch(UUID batchId) {
    return jdbc.sql(sql.get("of-batch")).param("batchId", batchId).query(this::row).list();
  }

  /**
   * Whether another provider batch of {@code provider} holds the provider's batch {@code remoteId}.
   */
  boolean remoteTaken(String provider, String remoteId, UUID except) {
    return jdbc.sql(sql.get("remote-taken"))
            .param("provider", provider)
            .param("remoteId", remoteId)
            .param("except", except)
            .query(Integer.class)
            .single()
        > 0;
  }

  void markUploadSent(ProviderBatch batch, Instant now) {
    fenced("mark-upload-sent", batch, now).update();
  }

  void markCreateSent(ProviderBatch batch, Instant now) {
    fenced("mark-create-sent", batch, now).update();
  }

  void storeFile(UUID id, String fileId, Instant now) {
    jdbc.sql(sql.get("store-file"))
        .param("id", id)
        .param("fileId", fileId)
        .param("to", ProviderBatchState.UPLOADED.name())
        .param("from", ProviderBatchState.from(ProviderBatchState.UPLOADED))
        .param("now", time(now))
        .update();
  }

  void storeRemote(UUID id, String remoteId, Instant now) {
    jdbc.sql(sql.get("store-remote"))
        .param("id", id)
        .param("remoteId", remoteId)
        .param("to", ProviderBatchState.SUBMITTED.name())
        .param("from", ProviderBatchState.from(ProviderBatchState.SUBMITTED))
        .param("now", time(now))
        .update();
  }

  void progress(
      ProviderBatch batch,
      String remoteStatus,
      int completed,
      int failed,
      Instant expiresAt,
      Instant now) {
    fenced("progress", batch, now)
        .param("remoteStatus", remoteStatus)
        .param("completed", completed)
        .param("failed", failed)
        .param("expiresAt", expiresAt == null ? null : time(expiresAt))
        .update();
  }

  void addStored(UUID id, int n, Instant now) {
    jdbc.sql(sql.get("add-stored")).param("id", id).param("n", n).param("now", time(now)).update();
  }

  boolean move(ProviderBatch batch, ProviderBatchState to, String error, Instant now) {
    return fenced("move", batch, now)
            .param("to", to.name())
            .param("from", ProviderBatchState.from(to))
            .param("error", cut(error))
            .param("finishedAt", time(now))
            .update()
        == 1;
  }

  void renew(ProviderBatch batch, Instant expires) {
    jdbc.sql(sql.get("renew"))
        .param("id", batch.id())
        .param("token", batch.leaseToken())
        .param("expires", time(expires))
        .update();
  }

  void release(ProviderBatch batch, Instant next, int attempts, String error, Instant now) {
    fenced("release", batch, now)
        .param("next", time(next))
        .param("attempts", attempts)
        .param("error", cut(error))
        .update();
  }

  int releaseNode(String node, Instant now) {
    return jdbc.sql(sql.get("release-node")).param("node", node).param("now", time(now)).update();
  }

  int releaseAll(Instant now) {
    return jdbc.sql(sql.get("release-all")).param("now", time(now)).update();
  }

  int finishRealtime(UUID batchId, Instant now) {
    return jdbc.sql(sql.get("finish-realtime"))
        .param("batchId", batchId)
        .param("active", ProviderBatchState.activeNames())
        .param("now", time(now))
        .update();
  }

  private JdbcClient.StatementSpec fenced(String name, ProviderBatch batch, Instant now) {
    return jdbc.sql(sql.get(name))
        .param("id", batch.id())
        .param("token", batch.leaseToken())
        .param("now", time(now));
  }

  private ProviderBatch row(ResultSet rs, int row) throws SQLException {
    return new ProviderBatch(
        rs.getObject("id", UUID.class),
        rs.getObject("batch_id", UUID.class),
        rs.getString("provider"),
        ProviderBatchState.valueOf(rs.getString("state")),
        rs.getInt("requests"),
        rs.getLong("bytes"),
        rs.getBoolean("upload_sent"),
        rs.getBoolean("create_sent"),
        rs.getString("file_id"),
        rs.getString("remote_id"),
        rs.getString("remote_status"),
        rs.getInt("completed"),
        rs.getInt("failed"),
        rs.getInt("stored"),
        instant(rs, "expires_at"),
        rs.getBoolean("finish_realtime"),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        rs.getObject("lease_token", UUID.class),
        instant(rs, "created_at"),
        instant(rs, "finished_at"));
  }

  private static String cut(String error) {
    if (error == null) {
      return null;
    }
    return error.length() <= MAX_ERROR_LENGTH
        ? error
        : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
  }
}
