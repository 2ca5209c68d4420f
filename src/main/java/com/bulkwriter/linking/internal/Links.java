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

  /** The batch's written articles, parsed, in row order. */
  List<LinkDocument> written(UUID batchId) {
    List<LinkDocument> all = new ArrayList<>();
    int after = 0;
    while (true) {
      List<LinkDocument> page =
          jdbc.sql(sql.get("written"))
              .param("batchId", batchId)
              .param("after", after)
              .param("limit", PAGE)
              .query((rs, n) -> document(rs, true))
              .list();
      all.addAll(page);
      if (page.size() < PAGE) {
        return all;
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
        .query((rs, n) -> document(rs, false))
        .list();
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

  private static LinkDocument document(ResultSet rs, boolean source) throws SQLException {
    return new LinkDocument(
        rs.getObject("id", UUID.class),
        rs.getObject("batch_id", UUID.class),
        rs.getInt("ordinal"),
        rs.getInt("version"),
        rs.getString("keyword"),
        rs.getString("title"),
        ArticleText.of(rs.getString("body")),
        source);
  }
}
