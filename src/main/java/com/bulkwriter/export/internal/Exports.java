package com.bulkwriter.export.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;
import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored exports, read within one owner's scope; status changes are guarded in SQL. */
@Repository
class Exports {

  private static final TypeReference<List<Export.BatchScope>> BATCHES = new TypeReference<>() {};
  private static final TypeReference<Set<UUID>> IDS = new TypeReference<>() {};

  /** Why a stale export failed. */
  static final String STALE = "The node building this export stopped; start the export again";

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final JsonMapper json;

  Exports(JdbcClient jdbc, Database database, JsonMapper json) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("export", database);
    this.json = json;
  }

  void insert(Export export, Set<UUID> articleIds) {
    insert(export, articleIds, false);
  }

  void insert(Export export, Set<UUID> articleIds, boolean approvedOnly) {
    jdbc.sql(sql.get("insert-export"))
        .param("id", export.id())
        .param("owner", export.owner())
        .param("status", export.status().name())
        .param("formats", String.join(",", export.formatKeys()))
        .param("layout", export.layout().key())
        .param("batches", json.writeValueAsString(export.batches()))
        .param("articleIds", articleIds == null ? null : json.writeValueAsString(articleIds))
        .param("allArticles", export.allArticles())
        .param("approvedOnly", approvedOnly)
        .param("fileName", export.fileName())
        .param("total", export.total())
        .param("chunkSize", export.chunkSize())
        .param("now", time(export.createdAt()))
        .param("expiresAt", time(export.expiresAt()))
        .update();
  }

  Optional<Export> find(String owner, UUID id) {
    return jdbc.sql(sql.get("find-export"))
        .param("id", id)
        .param("owner", owner)
        .query(this::export)
        .optional();
  }

  PageOf<Export> page(String owner, PageRequest page) {
    long total =
        jdbc.sql(sql.get("count-exports")).param("owner", owner).query(Long.class).single();
    List<Export> content =
        jdbc.sql(sql.get("page-exports"))
            .param("owner", owner)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(this::export)
            .list();
    return PageOf.of(content, page, total);
  }

  /** What one owner has: exports queued or running, and bytes of finished archives kept. */
  record Usage(long active, long storedBytes) {}

  Usage usage(String owner) {
    return jdbc.sql(sql.get("owner-usage"))
        .param("owner", owner)
        .param("active", List.of(ExportStatus.QUEUED.name(), ExportStatus.RUNNING.name()))
        .param("stored", ExportStatus.SUCCEEDED.name())
        .query((rs, row) -> new Usage(rs.getLong("active"), rs.getLong("stored")))
        .single();
  }

  /** The chosen articles of an export, or {@code null} when it covers all finished ones. */
  Set<UUID> articleIds(UUID id) {
    String ids =
        jdbc.sql(sql.get("article-ids"))
            .param("id", id)
            .query(String.class)
            .optional()
            .orElse(null);
    return ids == null ? null : json.readValue(ids, IDS);
  }

  /** Whether the export is limited to approved articles (the others are listed, without files). */
  boolean approvedOnly(UUID id) {
    return jdbc.sql(sql.get("approved-only"))
        .param("id", id)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** Marks a waiting export as still wanted, so the cleaner does not take it for stale. */
  boolean touch(UUID id, Instant now) {
    return jdbc.sql(sql.get("touch"))
            .param("id", id)
            .param("from", List.of(ExportStatus.QUEUED.name()))
            .param("now", time(now))
            .update()
        == 1;
  }

  boolean start(UUID id, Instant now) {
    return move("start", id, ExportStatus.RUNNING, now).update() == 1;
  }

  /** Records progress; false when the export is gone (deleted) or no longer running. */
  boolean progress(UUID id, int processed, Instant now) {
    return jdbc.sql(sql.get("progress"))
            .param("id", id)
            .param("processed", processed)
            .param("from", List.of(ExportStatus.RUNNING.name()))
            .param("now", time(now))
            .update()
        == 1;
  }

  boolean succeed(UUID id, int processed, long size, String sha256, Instant now) {
    return move("succeed", id, ExportStatus.SUCCEEDED, now)
            .param("processed", processed)
            .param("size", size)
            .param("sha256", sha256)
            .update()
        == 1;
  }

  boolean fail(UUID id, String error, Instant now) {
    return move("fail", id, ExportStatus.FAILED, now).param("error", cut(error)).update() == 1;
  }

  /**
   * Fails active exports without a heartbeat since {@code cutoff}, each with {@link #STALE};
   * returns the ones it failed, as they were before.
   */
  List<Export> failStale(Instant cutoff, Instant now) {
    List<String> from = ExportStatus.sourcesOf(ExportStatus.FAILED);
    return jdbc
        .sql(sql.get("stale-exports"))
        .param("from", from)
        .param("cutoff", time(cutoff))
        .query(this::export)
        .list()
        .stream()
        .filter(
            stale ->
                jdbc.sql(sql.get("fail-stale"))
                        .param("id", stale.id())
                        .param("from", from)
                        .param("to", ExportStatus.FAILED.name())
                        .param("error", STALE)
                        .param("cutoff", time(cutoff))
                        .param("now", time(now))
                        .update()
                    == 1)
        .toList();
  }

  boolean delete(String owner, UUID id) {
    return jdbc.sql(sql.get("delete-export")).param("id", id).param("owner", owner).update() == 1;
  }

  List<UUID> expired(Instant now) {
    return jdbc.sql(sql.get("expired-exports")).param("now", time(now)).query(UUID.class).list();
  }

  boolean deleteExpired(UUID id, Instant now) {
    return jdbc.sql(sql.get("delete-expired-export"))
            .param("id", id)
            .param("now", time(now))
            .update()
        == 1;
  }

  private JdbcClient.StatementSpec move(String name, UUID id, ExportStatus to, Instant now) {
    return jdbc.sql(sql.get(name))
        .param("id", id)
        .param("from", ExportStatus.sourcesOf(to))
        .param("to", to.name())
        .param("now", time(now));
  }

  private Export export(ResultSet rs, int row) throws SQLException {
    return new Export(
        rs.getObject("id", UUID.class),
        rs.getString("owner"),
        ExportStatus.valueOf(rs.getString("status")),
        Arrays.stream(rs.getString("formats").split(","))
            .map(key -> ExportFormat.parse(key).orElseThrow())
            .toList(),
        ExportLayout.parse(rs.getString("layout")).orElseThrow(),
        json.readValue(rs.getString("batches"), BATCHES),
        rs.getInt("chosen") == 1,
        rs.getBoolean("all_articles"),
        rs.getString("file_name"),
        rs.getInt("total"),
        rs.getInt("processed"),
        (Long) rs.getObject("size_bytes", Long.class),
        rs.getString("sha256"),
        rs.getInt("chunk_size"),
        rs.getString("error"),
        instant(rs, "created_at"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"),
        instant(rs, "expires_at"));
  }

  private static String cut(String error) {
    return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
  }
}
