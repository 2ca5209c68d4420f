package com.bulkwriter.batch.internal;

import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.security.ArticleLimits;
import com.bulkwriter.support.TooManyRequestsException;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The per-user limits on articles (queued at once, per day), for everything that puts articles in
 * the queue: a submit, a regenerate, a retry of failed ones. Two requests racing each other may
 * together go over a limit by one request; the limits guard a budget, not an invariant.
 */
@Component
class ArticleQuota {

  private static final Duration DAY = Duration.ofDays(1);

  private final Batches batches;
  private final ArticleLimits limits;
  private final JdbcClient jdbc;
  private final NamedQueries sql;

  ArticleQuota(Batches batches, ArticleLimits limits, JdbcClient jdbc, Database database) {
    this.batches = batches;
    this.limits = limits;
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("batch", database);
  }

  /**
   * Refuses with 429, naming the limit, when {@code articles} more would take {@code owner} over a
   * limit; {@code what} says what they are, e.g. "This batch of 3 articles".
   */
  void check(String owner, int articles, Instant now, String what) {
    long queued = batches.unfinishedArticles(owner);
    if (queued + articles > limits.queuedAtOnce()) {
      throw new TooManyRequestsException(
          "bulkwriter.security.max-queued-articles",
          "%s would take you over the limit of %d articles queued at once (%d are queued now); wait for them to finish or cancel some"
              .formatted(what, limits.queuedAtOnce(), queued));
    }
    long today = batches.articlesSubmittedSince(owner, now.minus(DAY));
    if (today + articles > limits.perDay()) {
      throw new TooManyRequestsException(
          "bulkwriter.security.max-articles-per-day",
          "%s would take you over the limit of %d articles per day (%d queued in the last 24 hours)"
              .formatted(what, limits.perDay(), today));
    }
  }

  /**
   * Counts articles put back in the queue against {@code owner}'s daily limit, in the caller's
   * transaction; forgets what is older than a day.
   */
  void requeued(String owner, int articles, Instant now) {
    if (articles <= 0) {
      return;
    }
    jdbc.sql(sql.get("delete-requeues-before"))
        .param("owner", owner)
        .param("before", time(now.minus(DAY)))
        .update();
    jdbc.sql(sql.get("insert-requeue"))
        .param("id", UUID.randomUUID())
        .param("owner", owner)
        .param("articles", articles)
        .param("now", time(now))
        .update();
  }
}
