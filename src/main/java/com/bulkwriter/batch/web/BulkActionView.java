package com.bulkwriter.batch.web;

import com.bulkwriter.batch.internal.BulkAction;
import java.time.Instant;
import java.util.UUID;

/**
 * A bulk action as the API shows it: what it does and how far it is.
 *
 * @param total articles it acts on
 * @param processed of those, handled so far
 * @param changed of those handled, changed
 * @param skipped left alone: matched the filter in a state the action does not apply to, or changed
 *     state since it was asked for
 * @param progress share handled, 0 to 100
 */
record BulkActionView(
    UUID id,
    UUID batchId,
    BulkAction.Kind action,
    BulkAction.Status status,
    int total,
    int processed,
    int changed,
    int skipped,
    double progress,
    String error,
    String requestedBy,
    Instant createdAt,
    Instant finishedAt) {

  static BulkActionView of(BulkAction action) {
    double progress =
        action.status() == BulkAction.Status.SUCCEEDED || action.total() == 0
            ? 100.0
            : Math.floor(1000.0 * action.processed() / action.total()) / 10.0;
    return new BulkActionView(
        action.id(),
        action.batchId(),
        action.action(),
        action.status(),
        action.total(),
        action.processed(),
        action.changed(),
        action.skipped(),
        progress,
        action.error(),
        action.owner(),
        action.createdAt(),
        action.finishedAt());
  }
}
