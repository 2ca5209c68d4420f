package com.bulkwriter.progress.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event of a batch as clients receive it (over STOMP and from the catch-up endpoint). {@code
 * seq} increases by one per event of the batch; exactly one of {@code batch}, {@code article},
 * {@code notification} and {@code articles} is set, as {@code kind} says.
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
    List<ArticleProgress> articles) {

  public enum Kind {
    BATCH_UPDATED,
    ARTICLE_UPDATED,
    NOTIFICATION,
    ARTICLE_PROGRESS
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
   * How far an article being written has got.
   *
   * @param words words written so far
   * @param targetWords the length it is asked to have
   */
  public record ArticleProgress(UUID id, int words, int targetWords) {}

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
