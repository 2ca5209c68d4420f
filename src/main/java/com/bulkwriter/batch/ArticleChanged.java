package com.bulkwriter.batch;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One article moved to another state (claimed, written, retried later, handed back, failed). The
 * queue publishes it after the change is stored; the progress module tells the batch's watchers.
 *
 * @param error the article's last error, {@code null} when it has none
 */
public record ArticleChanged(
    UUID batchId, UUID articleId, ArticleState status, int attempts, @Nullable String error) {}
