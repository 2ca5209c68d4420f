package com.bulkwriter.progress.internal;

import com.bulkwriter.economy.ProviderBatchChanged;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event of a batch as clients receive it (over STOMP and from the catch-up endpoint). {@code
 * seq} increases by one per event of the batch; exactly one of {@code batch}, {@code article},
 * {@code notification}, {@code moved}, {@code articles}, {@code bulkAction} and {@code
 * providerBatch} is set, as {@code kind} says.
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
    ArticlesMoved moved,
    List<ArticleProgress> articles,
    BulkActionState bulkAction,
    ProviderBatchChanged providerBatch) {

  LiveEvent withBatch(BatchState state) {
    return new LiveEvent(batchId, seq, kind, at, state, null, null, null, null, null, null);
  }

  LiveEvent withArticle(ArticleState state) {
    return new LiveEvent(batchId, seq, kind, at, null, state, null, null, null, null, null);
  }

  LiveEvent withNotification(Notification notice) {
    return new LiveEvent(batchId, seq, kind, at, null, null, notice, null, null, null, null);
  }

  LiveEvent withMoved(ArticlesMoved body) {
    return new LiveEvent(batchId, seq, kind, at, null, null, null, body, null, null, null);
  }

  LiveEvent withArticles(List<ArticleProgress> figures) {
    return new LiveEvent(batchId, seq, kind, at, null, null, null, null, figures, null, null);
  }

  LiveEvent withBulkAction(BulkActionState state) {
    return new LiveEvent(batchId, seq, kind, at, null, null, null, null, null, state, null);
  }

  LiveEvent withProviderBatch(ProviderBatchChanged state) {
    return new LiveEvent(batchId, seq, kind, at, null, null, null, null, null, null, state);
  }

  public enum Kind {
    BATCH_UPDATED,
    ARTICLE_UPDATED,
    NOTIFICATION,
    ARTICLES_MOVED,
    ARTICLE_PROGRESS,
    BULK_ACTION,
    PROVIDER_BATCH
  }

  /**
   * How far a bulk action running in the background has got (the same figures as GET
   * /api/articles/queue/{id}/actions).
   *
   * @param action APPROVE, REJECT, REGENERATE or DELETE
   * @param status QUEUED, RUNNING, SUCCEEDED or FAILED
   * @param progress {@code processed} of {@code total}, 0–100
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record BulkActionState(
      UUID id,
      String action,
      String status,
      int total,
      int processed,
      int changed,
      int skipped,
      double progress,
      String error) {}

  /**
   * A batch's status, counts, time left and pace.
   *
   * @param etaSeconds estimated seconds until the batch is finished; {@code null} when it is not
   *     running or there is nothing to judge by yet. Before the first article finishes (and right
   *     after a resume) it comes from the same model as the estimate before submit, then from the
   *     rate measured in this run
   * @param articlesPerMinute the rate behind {@code etaSeconds}; {@code null} with it
   * @param pace the provider's limit that sets the pace, when one does; else {@code null}
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
      Long etaSeconds,
      Double articlesPerMinute,
      Pace pace) {}

  /**
   * A provider's limit that sets a batch's pace: "paced at 600 requests/min, the provider's limit".
   *
   * @param limitedBy {@code requests-per-minute} or {@code tokens-per-minute}
   * @param perMinute the limit in force
   */
  public record Pace(String limitedBy, int perMinute) {}

  /**
   * An article's state after a change.
   *
   * @param title the written article's title, {@code null} unless it succeeded
   * @param wordCount the written article's length, {@code null} unless it succeeded
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record ArticleState(
      UUID id, String status, int attempts, String error, String title, Integer wordCount) {}

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
