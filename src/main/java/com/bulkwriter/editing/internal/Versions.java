package com.bulkwriter.editing.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;
import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.batch.ArticleState;
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

/** Articles as editors change them, and their stored versions (SQL in sql/editing.sql). */
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

  /**
   * Stores {@code edit} as the article's content if it is finished and still at version {@code
   * expected}; false when it is not (changed meanwhile, or no longer finished).
   */
  boolean save(UUID articleId, int expected, ArticleEdit edit, int wordCount, Instant now) {
    return jdbc.sql(sql.get("save-edit"))
            .param("id", articleId)
            .param("expected", expected)
            .param("title", edit.title())
            .param("slug", edit.slug())
            .param("metaDescription", edit.metaDescription())
            .param("body", edit.markdown())
            .param("wordCount", wordCount)
            .param("now", time(now))
            .update()
        == 1;
  }

  void insert(ArticleVersion version) {
    jdbc.sql(sql.get("insert-version"))
        .param("articleId", version.articleId())
        .param("version", version.version())
        .param("reason", version.reason().name())
        .param("author", version.author())
        .param("restoredFrom", version.restoredFrom())
        .param("title", version.title())
        .param("slug", version.slug())
        .param("metaDescription", version.metaDescription())
        .param("body", version.markdown())
        .param("wordCount", version.wordCount())
        .param("now", time(version.createdAt()))
        .update();
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
