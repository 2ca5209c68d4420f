package com.bulkwriter.editing.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;
import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.ArticlesRegenerating;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Articles as editors change them, and their versions (SQL in sql/editing.sql): copy-on-write, the
 * article row holds the current one and {@code article_versions} those it replaced.
 */
@Repository
class Versions {

  private final JdbcClient jdbc;
  private final NamedQueries sql;

  Versions(JdbcClient jdbc, Database database) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("editing", database);
  }

  /** The article within the owner's scope ({@code null}: every owner). */
  Optional<EditableArticle> article(String owner, UUID id) {
    return jdbc.sql(sql.get("editable-article"))
        .param("id", id)
        .param("owner", owner)
        .query(
            (rs, n) ->
                new EditableArticle(
                    rs.getObject("id", UUID.class),
                    rs.getObject("batch_id", UUID.class),
                    ArticleState.valueOf(rs.getString("status")),
                    rs.getInt("attempts"),
                    rs.getInt("version"),
                    rs.getString("title"),
                    rs.getString("slug"),
                    rs.getString("meta_description"),
                    rs.getString("body"),
                    (Integer) rs.getObject("word_count")))
        .optional();
  }

  /** Holds the article's row until the transaction ends (an edit or restore is under way). */
  void lock(UUID articleId) {
    jdbc.sql(sql.get("lock-article")).param("id", articleId).query(Integer.class).optional();
  }

  /**
   * Stores {@code edit} as the article's next version if it is finished and still at version {@code
   * expected}, keeping the text it replaces as a stored version; false when it is not (changed
   * meanwhile, or no longer finished). Runs in the caller's transaction, after {@link #lock}.
   */
  boolean save(UUID articleId, int expected, ArticleVersion next) {
    jdbc.sql(sql.get("keep-current-version"))
        .param("id", articleId)
        .param("expected", expected)
        .update();
    return jdbc.sql(sql.get("save-edit"))
            .param("id", articleId)
            .param("expected", expected)
            .param("title", next.title())
            .param("slug", next.slug())
            .param("metaDescription", next.metaDescription())
            .param("body", next.markdown())
            .param("wordCount", next.wordCount())
            .param("reason", next.reason().name())
            .param("author", next.author())
            .param("restoredFrom", next.restoredFrom())
            .param("now", time(next.createdAt()))
            .update()
        == 1;
  }

  /**
   * Keeps the text of articles about to be regenerated as stored versions (copy-on-write: the
   * article row holds only the current version). Listens synchronously, so it writes in the
   * transaction that clears the text, before it is cleared.
   */
  @EventListener
  void keepRegenerated(ArticlesRegenerating regenerating) {
    if (!regenerating.ids().isEmpty()) {
      jdbc.sql(sql.get("keep-regenerated-versions"))
          .param("batchId", regenerating.batchId())
          .param("ids", regenerating.ids())
          .update();
    }
  }

  /** The article's versions, newest first. */
  List<VersionSummary> list(UUID articleId) {
    return jdbc.sql(sql.get("list-versions"))
        .param("articleId", articleId)
        .query(
            (rs, n) ->
                new VersionSummary(
                    rs.getInt("version"),
                    VersionReason.valueOf(rs.getString("reason")),
                    rs.getString("author"),
                    (Integer) rs.getObject("restored_from"),
                    rs.getString("title"),
                    rs.getInt("word_count"),
                    instant(rs, "created_at")))
        .list();
  }

  Optional<ArticleVersion> find(UUID articleId, int version) {
    return jdbc.sql(sql.get("find-version"))
        .param("articleId", articleId)
        .param("version", version)
        .query(this::version)
        .optional();
  }

  private ArticleVersion version(ResultSet rs, int row) throws SQLException {
    return new ArticleVersion(
        rs.getObject("article_id", UUID.class),
        rs.getInt("version"),
        VersionReason.valueOf(rs.getString("reason")),
        rs.getString("author"),
        (Integer) rs.getObject("restored_from"),
        rs.getString("title"),
        rs.getString("slug"),
        rs.getString("meta_description"),
        rs.getString("body"),
        rs.getInt("word_count"),
        instant(rs, "created_at"));
  }
}
