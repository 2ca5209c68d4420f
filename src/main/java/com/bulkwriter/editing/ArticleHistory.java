package com.bulkwriter.editing;

import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.quality.ArticleQuality;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.time.Instant;
import java.util.UUID;
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
  private final ArticleQuality quality;

  ArticleHistory(JdbcClient jdbc, Database database, ArticleQuality quality) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("editing", database);
    this.quality = quality;
  }

  /**
   * Makes the result just stored on the article its next version (GENERATED the first time,
   * REGENERATED after that) and checks its quality. Must run in the transaction that stored the
   * result.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordWritten(UUID articleId, Instant now) {
    jdbc.sql(sql.get("next-written-version")).param("id", articleId).update();
    jdbc.sql(sql.get("record-written-version"))
        .param("id", articleId)
        .param("now", time(now))
        .update();
    quality.assess(articleId);
  }
}
