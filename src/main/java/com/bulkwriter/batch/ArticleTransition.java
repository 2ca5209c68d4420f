package com.bulkwriter.batch;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one transition table for articles. Every statement that changes an article's state names the
 * transition it performs and takes its source states from here, so the SQL cannot drift from the
 * table.
 *
 * <pre>
 * transition     from                 to
 * CLAIM          QUEUED               RUNNING     a worker takes it and holds a lease
 * SUCCEED        RUNNING              SUCCEEDED   result stored, fenced by the lease
 * ADOPT          QUEUED               SUCCEEDED   a complete answer whose lease was rescued while
 *                                                 the database was away, stored while nobody else
 *                                                 has taken the article since (same attempt count)
 * RETRY_LATER    RUNNING              QUEUED      retryable error, next attempt after backoff
 * RELEASE        RUNNING              QUEUED      shutdown hands it back without using an attempt
 * RESCUE         RUNNING              QUEUED      its lease expired (worker crashed or hung)
 * THROTTLE       RUNNING              QUEUED      rate limited, or the provider is paused or
 *                                                 unavailable; the attempt is given back
 * FAIL           RUNNING              FAILED      permanent error, or attempts exhausted
 * CANCEL         QUEUED, RUNNING      CANCELLED   the batch was cancelled
 * RETRY_FAILED   FAILED               QUEUED      the user retries the failed articles
 * REGENERATE     SUCCEEDED, FAILED    QUEUED      the user asks for one article to be written again
 * </pre>
 */
public enum ArticleTransition {
  CLAIM(EnumSet.of(ArticleState.QUEUED), ArticleState.RUNNING),
  SUCCEED(EnumSet.of(ArticleState.RUNNING), ArticleState.SUCCEEDED),
  ADOPT(EnumSet.of(ArticleState.QUEUED), ArticleState.SUCCEEDED),
  RETRY_LATER(EnumSet.of(ArticleState.RUNNING), ArticleState.QUEUED),
  RELEASE(EnumSet.of(ArticleState.RUNNING), ArticleState.QUEUED),
  RESCUE(EnumSet.of(ArticleState.RUNNING), ArticleState.QUEUED),
  THROTTLE(EnumSet.of(ArticleState.RUNNING), ArticleState.QUEUED),
  FAIL(EnumSet.of(ArticleState.RUNNING), ArticleState.FAILED),
  CANCEL(EnumSet.of(ArticleState.QUEUED, ArticleState.RUNNING), ArticleState.CANCELLED),
  RETRY_FAILED(EnumSet.of(ArticleState.FAILED), ArticleState.QUEUED),
  REGENERATE(EnumSet.of(ArticleState.SUCCEEDED, ArticleState.FAILED), ArticleState.QUEUED);

  private final Set<ArticleState> from;
  private final ArticleState to;

  ArticleTransition(Set<ArticleState> from, ArticleState to) {
    this.from = from;
    this.to = to;
  }

  public Set<ArticleState> from() {
    return EnumSet.copyOf(from);
  }

  public ArticleState to() {
    return to;
  }

  /** The source states as names, ready to bind to an SQL {@code IN (:from)} parameter. */
  public List<String> fromNames() {
    return from.stream().map(Enum::name).toList();
  }

  /** The target state's name, ready to bind to an SQL parameter. */
  public String toName() {
    return to.name();
  }
}
