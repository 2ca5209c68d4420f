package com.bulkwriter.batch;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One article moved to another state (claimed, written, retried later, handed back, failed,
 * regenerated, edited). The queue (the batch module for a regenerated article, the editing module
 * for a saved edit or restore) publishes it after the change is stored; the progress module tells
 * the batch's watchers. Moves of many articles at once are announced as {@link ArticlesMoved}
 * instead.
 *
 * @param error the article's last error, {@code null} when it has none
 * @param title the written article's title, {@code null} unless it succeeded
 * @param wordCount the written article's length, {@code null} unless it succeeded
 */
public record ArticleChanged(
    UUID batchId,
    UUID articleId,
    ArticleState status,
    int attempts,
    @Nullable String error,
    @Nullable String title,
    @Nullable Integer wordCount) {

  /** A change that leaves the article without a written result. */
  public ArticleChanged(
      UUID batchId, UUID articleId, ArticleState status, int attempts, @Nullable String error) {
    this(batchId, articleId, status, attempts, error, null, null);
  }
}
