package com.bulkwriter.batch.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;
import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.BatchStatus;
import com.bulkwriter.batch.SettingsJson;
import com.bulkwriter.generation.TokenUsage;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored batches, always read within an owner scope: a user's name, or {@code null} for an
 * admin (every owner).
 */
@Repository
public class Batches {

  private static final int INSERT_CHUNK = 1_000;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate template;
  private final NamedQueries sql;
  private final SettingsJson json;
  private final TransactionTemplate transactions;

  Batches(
      JdbcClient jdbc,
      NamedParameterJdbcTemplate template,
      Database database,
      SettingsJson json,
      TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.template = template;
    this.sql = NamedQueries.load("batch", database);
    this.json = json;
    this.transactions = transactions;
  }

  /** Stores a new batch and all its articles as QUEUED; the caller owns the transaction. */
  void insert(Batch batch, List<ValidSubmission.Row> rows) {
    jdbc.sql(sql.get("insert-batch"))
        .param("id", batch.id())
        .param("owner", batch.owner())
        .param("name", batch.name())
        .param("status", batch.status().name())
        .param("settings", json.write(batch.settings()))
        .param("total", batch.total())
        .param("idempotencyKey", batch.idempotencyKey())
        .param("requestHash", batch.requestHash())
        .param("now", time(batch.createdAt()))
        .param("mode", batch.settings().mode())
        .update();
    OffsetDateTime now = time(batch.createdAt());
    List<MapSqlParameterSource> chunk = new ArrayList<>(INSERT_CHUNK);
    for (int i = 0; i < rows.size(); i++) {
      ValidSubmission.Row row = rows.get(i);
      chunk.add(
          new MapSqlParameterSource()
              .addValue("id", UUID.randomUUID())
              .addValue("batchId", batch.id())
              .addValue("ordinal", i + 1)
              .addValue("keyword", row.keyword())
              .addValue("overrides", json.write(row.overrides()))
              .addValue("status", ArticleState.QUEUED.name())
              .addValue("now", now));
      if (chunk.size() == INSERT_CHUNK || i == rows.size() - 1) {
        template.batchUpdate(
            sql.get("insert-article"), chunk.toArray(MapSqlParameterSource[]::new));
        chunk.clear();
      }
    }
  }

  Optional<Batch> find(String owner, UUID id) {
    return jdbc.sql(sql.get("find-batch"))
        .param("id", id)
        .param("owner", owner)
        .query(this::batch)
        .optional();
  }

  /** A batch whoever owns it: for the system's own actions, never for a user's request. */
  Optional<Batch> findById(UUID id) {
    return jdbc.sql(sql.get("find-batch-by-id")).param("id", id).query(this::batch).optional();
  }

  Optional<Batch> findByIdempotencyKey(String owner, String key) {
    return jdbc.sql(sql.get("find-batch-by-idempotency-key"))
        .param("owner", owner)
        .param("key", key)
        .query(this::batch)
        .optional();
  }

  /** Articles of {@code owner} not yet finished (queued or running). */
  long unfinishedArticles(String owner) {
    return jdbc.sql(sql.get("count-unfinished-articles-of-owner"))
        .param("owner", owner)
        .param("unfinished", ArticleState.UNFINISHED.stream().map(Enum::name).toList())
        .query(Long.class)
        .single();
  }

  /** Articles in the batches {@code owner} submitted since {@code since}. */
  long articlesSubmittedSince(String owner, Instant since) {
    return jdbc.sql(sql.get("count-articles-submitted-since"))
        .param("owner", owner)
        .param("since", time(since))
        .query(Long.class)
        .single();
  }

  /**
   * Stores a status change (and a changed budget cap), only if nobody changed the status meanwhile;
   * in the caller's transaction, which must be the one that changed the batch's articles (cancel):
   * a batch that finishes keeps its counts ({@link #keepCounts}), one that moves on loses them.
   */
  boolean move(Batch from, Batch to) {
    boolean moved = moveStatus(from, to);
    if (moved && to.status().isFinished()) {
      keepCounts(to.id());
    }
    if (moved && !from.settings().equals(to.settings())) {
      jdbc.sql(sql.get("set-batch-settings"))
          .param("id", to.id())
          .param("settings", json.write(to.settings()))
          .update();
    }
    return moved;
  }

  /** Switches the batch to {@code mode} (column and settings); false when it was in it already. */
  public boolean setMode(Batch batch, String mode) {
    return jdbc.sql(sql.get("set-batch-mode"))
            .param("id", batch.id())
            .param("mode", mode)
            .param("settings", json.write(batch.settings().withMode(mode)))
            .update()
        == 1;
  }

  private boolean moveStatus(Batch from, Batch to) {
    return jdbc.sql(sql.get("move-batch"))
            .param("id", to.id())
            .param("from", from.status().name())
            .param("to", to.status().name())
            .param("reason", to.statusReason())
            .param("now", time(to.updatedAt()))
            .param("finishedAt", time(to.finishedAt()))
            .update()
        == 1;
  }

  /**
   * Marks RUNNING batches with no unfinished article COMPLETED, one by one so that each is
   * announced by exactly the node that completed it; returns the completed batches' ids and owners.
   */
  public Map<UUID, String> completeFinished(Instant now) {
    List<String> unfinished = ArticleState.UNFINISHED.stream().map(Enum::name).toList();
    Map<UUID, String> candidates = new LinkedHashMap<>();
    jdbc.sql(sql.get("finished-running-batches"))
        .param("unfinished", unfinished)
        .query(
            (ResultSet rs) -> {
              candidates.put(rs.getObject("id", UUID.class), rs.getString("owner"));
            });
    Map<UUID, String> completed = new LinkedHashMap<>();
    candidates.forEach(
        (id, owner) -> {
          boolean done =
              Boolean.TRUE.equals(
                  transactions.execute(
                      tx -> {
                        lock(id);
                        int updated =
                            jdbc.sql(sql.get("complete-batch"))
                                .param("id", id)
                                .param("now", time(now))
                                .param("unfinished", unfinished)
                                .update();
                        if (updated == 1) {
                          keepCounts(id);
                        }
                        return updated == 1;
                      }));
          if (done) {
            completed.put(id, owner);
          }
        });
    return completed;
  }

  /**
   * Locks the batch row until the transaction ends. The completion check takes it before it looks
   * for unfinished articles, and a change that puts articles back in the queue takes it before it
   * reads the batch: otherwise the check could miss articles requeued in a transaction not yet
   * committed and complete the batch under them, leaving them queued in a completed batch. Each
   * side's next statement then sees what the other committed (read committed).
   */
  void lock(UUID id) {
    jdbc.sql(sql.get("lock-batch")).param("id", id).query(UUID.class).optional();
  }

  /**
   * Keeps the per-state counts of a finished batch on its row, or clears them for any other status
   * (sql/batch.sql, keep-counts). Call it in the transaction that finished the batch or changed its
   * articles, after a statement of it that locked the batch row.
   */
  void keepCounts(UUID batchId) {
    jdbc.sql(sql.get("keep-counts")).param("id", batchId).update();
  }

  /**
   * Per-state counts for each of the given batches: those kept on a finished batch's row, the
   * others counted from the articles.
   */
  Map<UUID, Counts> counts(Collection<Batch> batches) {
    if (batches.isEmpty()) {
      return Map.of();
    }
    Map<UUID, Map<ArticleState, Integer>> byBatch = new HashMap<>();
    jdbc.sql(sql.get("kept-counts"))
        .param("batchIds", batches.stream().map(Batch::id).toList())
        .query(
            (ResultSet rs) -> {
              Map<ArticleState, Integer> kept = new EnumMap<>(ArticleState.class);
              for (ArticleState state : ArticleState.values()) {
                kept.put(state, rs.getInt("counts_" + state.name().toLowerCase(Locale.ROOT)));
              }
              byBatch.put(rs.getObject("id", UUID.class), kept);
            });
    List<UUID> live =
        batches.stream().map(Batch::id).filter(id -> !byBatch.containsKey(id)).toList();
    if (live.isEmpty()) {
      return counts(batches, byBatch);
    }
    jdbc.sql(sql.get("article-counts"))
        .param("batchIds", live)
        .query(
            (ResultSet rs) -> {
              byBatch
                  .computeIfAbsent(
                      rs.getObject("batch_id", UUID.class), id -> new EnumMap<>(ArticleState.class))
                  .put(ArticleState.valueOf(rs.getString("status")), rs.getInt("n"));
            });
    return counts(batches, byBatch);
  }

  private static Map<UUID, Counts> counts(
      Collection<Batch> batches, Map<UUID, Map<ArticleState, Integer>> byBatch) {
    Map<UUID, Counts> counts = new HashMap<>();
    for (Batch batch : batches) {
      counts.put(batch.id(), Counts.of(batch.total(), byBatch.getOrDefault(batch.id(), Map.of())));
    }
    return counts;
  }

  Batch batch(ResultSet rs, int row) throws SQLException {
    return new Batch(
        rs.getObject("id", UUID.class),
        rs.getString("owner"),
        rs.getString("name"),
        BatchStatus.valueOf(rs.getString("status")),
        rs.getString("status_reason"),
        json.settings(rs.getString("settings")),
        rs.getInt("total"),
        rs.getString("idempotency_key"),
        rs.getString("request_hash"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        instant(rs, "finished_at"),
        usage(rs),
        instant(rs, "archived_at"));
  }

  static TokenUsage usage(ResultSet rs) throws SQLException {
    return new TokenUsage(
        rs.getLong("prompt_tokens"), rs.getLong("completion_tokens"), rs.getBigDecimal("cost_usd"));
  }
}
