package com.bulkwriter.editing;

import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.generation.Words;
import com.bulkwriter.quality.ArticleQuality;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versions other modules write: the linking module's internal links. Versions are copy-on-write
 * (V22): the article row holds the current one, and the text a change replaces is kept in {@code
 * article_versions} first, in the same transaction.
 */
@Component
public class ArticleHistory {

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final ArticleQuality quality;

  ArticleHistory(JdbcClient jdbc, Database database, ArticleQuality quality) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("editing", database);
    this.quality = quality;
  }

  /**
   * Stores {@code markdown} (the article's body with internal links added) as its next version,
   * reason LINKED, if the article is still finished and still at version {@code expected}; the
   * version's other fields are the current ones, and its quality is checked again after the commit
   * (it is pending until then). Restoring the version before undoes the links.
   *
   * @param author who asked for the links, {@code null} when they were added automatically
   * @return whether it was stored (false: the article changed meanwhile, nothing is stored)
   */
  @Transactional
  public boolean recordLinked(
      UUID articleId,
      UUID batchId,
      int expected,
      String markdown,
      @Nullable String author,
      Instant now) {
    // held until commit: the kept copy and the new text are written by this change only
    jdbc.sql(sql.get("lock-article")).param("id", articleId).query(Integer.class).optional();
    jdbc.sql(sql.get("keep-current-version"))
        .param("id", articleId)
        .param("expected", expected)
        .update();
    int changed =
        jdbc.sql(sql.get("save-linked"))
            .param("id", articleId)
            .param("expected", expected)
            .param("body", markdown)
            .param("wordCount", Words.count(markdown))
            .param("author", author)
            .param("now", time(now))
            .update();
    if (changed == 0) {
      return false;
    }
    // the checks of thousands of linked articles run in the background, not here (ArticleQuality)
    quality.assessAgainLater(articleId, batchId);
    return true;
  }
}
