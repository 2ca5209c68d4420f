package com.bulkwriter.progress.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event of a batch as clients receive it (over STOMP and from the catch-up endpoint). {@code
 * seq} increases by one per event of the batch; exactly one of {@code batch}, {@code article},
 * {@code notification} and {@code moved} is set, as {@code kind} says.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LiveEvent(
    UUID batchId,
    long seq,
    Kind kind,
    Instant at,
    BatchState batch,
    ArticleState article,
    Notification notification,
    ArticlesMoved moved) {

  public enum Kind {
    BATCH_UPDATED,
    ARTICLE_UPDATED,
    NOTIFICATION,
    ARTICLES_MOVED
  }

  /**
   * A batch's status, counts and time left.
   *
   * @param etaSeconds estimated seconds until the batch is finished; {@code null} when it is not
   *     running or there is no throughput to judge by yet
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record BatchState(
      String name,
      String status,
      String reason,
      int total,
      int queued,
      int running,
      int succeeded,
      int failed,
      int cancelled,
      double progress,
      Long etaSeconds) {}

  /** An article's state after a change. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record ArticleState(UUID id, String status, int attempts, String error) {}

  /**
   * Articles of the batch that moved at once (cancel, retry failed, rescue of expired leases,
   * hand-back at shutdown): not every article in a {@code from} state need have moved, so a client
   * reloads the articles it shows rather than guessing which.
   *
   * @param transition why they moved: CANCEL, RETRY_FAILED, RESCUE, RELEASE or FAIL
   * @param from the states they left
   * @param to the state they are in now
   * @param count how many moved
   */
  public record ArticlesMoved(String transition, List<String> from, String to, int count) {}

  /**
   * Something to tell the batch's owner.
   *
   * @param count how many articles it is about (failed articles), else 0
   */
  public record Notification(Type type, String batchName, String message, int count) {

    public enum Type {
      BATCH_FINISHED,
      ARTICLES_FAILED,
      BATCH_PAUSED,
      BATCH_CANCELLED
    }
  }
}
