package com.bulkwriter.editing;

import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.generation.Words;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions the queue writes. The queue calls {@link #recordWritten} in the transaction that
 * stores a result, so a result and its version are stored together or not at all: the fenced write
 * that stores a result succeeds once per outcome, and a retry after a failed commit finds the fence
 * closed, so no outcome becomes two versions.
 */
@Component
public class ArticleHistory {

  private final JdbcClient jdbc;
  private final NamedQueries sql;

  ArticleHistory(JdbcClient jdbc, Database database) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("editing", database);
  }

  /**
   * Makes the result just stored on the article its next version (GENERATED the first time,
   * REGENERATED after that). Must run in the transaction that stored the result.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordWritten(UUID articleId, Instant now) {
    jdbc.sql(sql.get("next-written-version")).param("id", articleId).update();
    jdbc.sql(sql.get("record-written-version"))
        .param("id", articleId)
        .param("now", time(now))
        .update();
  }

  /**
   * Stores {@code markdown} (the article's body with internal links added) as its next version,
   * reason LINKED, if the article is still finished and still at version {@code expected}; the
   * version's other fields are the current ones. Restoring the version before undoes the links.
   *
   * @param author who asked for the links, {@code null} when they were added automatically
   * @return whether it was stored (false: the article changed meanwhile, nothing is stored)
   */
  @Transactional
  public boolean recordLinked(
      UUID articleId, int expected, String markdown, @Nullable String author, Instant now) {
    int changed =
        jdbc.sql(sql.get("save-linked"))
            .param("id", articleId)
            .param("expected", expected)
            .param("body", markdown)
            .param("wordCount", Words.count(markdown))
            .param("now", time(now))
            .update();
    if (changed == 0) {
      return false;
    }
    jdbc.sql(sql.get("record-linked-version"))
        .param("id", articleId)
        .param("author", author)
        .param("now", time(now))
        .update();
    return true;
  }
}
