package com.bulkwriter.batch;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an article is in its life. Which state may follow which is decided in one place, {@link
 * ArticleTransition}; see docs/queue.md for the diagram.
 */
public enum ArticleState {
  /** Waiting to be claimed, possibly not before its next attempt time (backoff). */
  QUEUED,
  /** Claimed by a worker that holds a lease on it. */
  RUNNING,
  /** Written and stored. */
  SUCCEEDED,
  /** Gave up: attempts exhausted or a permanent error; the last error stays on the article. */
  FAILED,
  /** The batch was cancelled before the article was finished. */
  CANCELLED;

  /** States an article can still leave by the queue's own work. */
  public static final Set<ArticleState> UNFINISHED = EnumSet.of(QUEUED, RUNNING);

  public boolean isFinished() {
    return !UNFINISHED.contains(this);
  }

  /** Whether the transition table allows going from this state to {@code target}. */
  public boolean canMoveTo(ArticleState target) {
    for (ArticleTransition transition : ArticleTransition.values()) {
      if (transition.to() == target && transition.from().contains(this)) {
        return true;
      }
    }
    return false;
  }

  /** Refuses an illegal transition, naming both states. */
  public ArticleState moveTo(ArticleState target) {
    if (!canMoveTo(target)) {
      throw new IllegalStateException("An article cannot go from " + this + " to " + target);
    }
    return target;
  }
}
