package com.bulkwriter.linking.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;
import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored links and the articles they are planned on (SQL in {@code sql/linking.sql}). */
@Component
class Links {

  /** Articles read per query. */
  private static final int PAGE = 500;

  /** A batch as linking needs it. */
  record BatchRow(UUID id, String owner, String settings, Instant createdAt) {}

  private final JdbcClient jdbc;
  private final NamedQueries sql;

  Links(JdbcClient jdbc, Database database) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("linking", database);
  }

  /** The batch, if it is within the owner's scope ({@code null}: any owner). */
  Optional<BatchRow> batch(@Nullable String owner, UUID batchId) {
    return jdbc.sql(sql.get("batch"))
        .param("id", batchId)
        .param("owner", owner)
        .query(
            (rs, n) ->
                new BatchRow(
                    rs.getObject("id", UUID.class),
                    rs.getString("owner"),
                    rs.getString("settings"),
                    instant(rs, "created_at")))
        .optional();
  }

  /** An article as read, before its Markdown is parsed. */
  private record Row(
      UUID id, UUID batchId, int position, int version, String keyword, String title, String body) {

    LinkDocument parsed(boolean source) {
      return new LinkDocument(
          id, batchId, position, version, keyword, title, ArticleText.of(body), source);
    }
  }

  /** The batch's written articles, parsed (on every core), in row order. */
  List<LinkDocument> written(UUID batchId) {
    List<Row> all = new ArrayList<>();
    int after = 0;
    while (true) {
      List<Row> page =
          jdbc.sql(sql.get("written"))
              .param("batchId", batchId)
              .param("after", after)
              .param("limit", PAGE)
              .query((rs, n) -> row(rs))
              .list();
      all.addAll(page);
      if (page.size() < PAGE) {
        return all.parallelStream().map(r -> r.parsed(true)).toList();
      }
      after = page.getLast().position();
    }
  }

  /**
   * Written articles of the owner's other batches, newest first, at most {@code limit}: those
   * published on {@code siteId}, or without a site those of batches created before this one.
   */
  List<LinkDocument> earlier(BatchRow batch, @Nullable UUID siteId, int limit) {
    var query =
        siteId == null
            ? jdbc.sql(sql.get("earlier")).param("createdAt", time(batch.createdAt()))
            : jdbc.sql(sql.get("earlier-on-site")).param("siteId", siteId);
    return query
        .param("owner", batch.owner())
        .param("batchId", batch.id())
        .param("limit", limit)
        .query((rs, n) -> row(rs))
        .list()
        .parallelStream()
        .map(r -> r.parsed(false))
        .toList();
  }

  /** The body of a written article that has links in its text or stored, else empty. */
  Optional<String> linkedBody(UUID articleId) {
    return jdbc.sql(sql.get("linked-body")).param("id", articleId).query(String.class).optional();
  }

  /**
   * Makes the stored links of {@code sourceId} those of its Markdown: target → anchor. Targets that
   * no longer exist are left out.
   */
  void replace(UUID sourceId, UUID batchId, Map<UUID, String> links, Instant now) {
    jdbc.sql(sql.get("delete-links")).param("sourceId", sourceId).update();
    links.forEach(
        (target, anchor) ->
            jdbc.sql(sql.get("insert-link"))
                .param("sourceId", sourceId)
                .param("targetId", target)
                .param("batchId", batchId)
                .param("anchor", anchor.length() <= 300 ? anchor : anchor.substring(0, 300))
                .param("now", time(now))
                .update());
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getObject("batch_id", UUID.class),
        rs.getInt("ordinal"),
        rs.getInt("version"),
        rs.getString("keyword"),
        rs.getString("title"),
        rs.getString("body"));
  }
}
