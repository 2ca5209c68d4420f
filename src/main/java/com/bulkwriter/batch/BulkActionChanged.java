package com.bulkwriter.batch;

import java.util.UUID;

/**
 * A bulk action running in the background got further or finished: announced after each chunk's
 * change is stored and when it ends, so that the batch's watchers see its progress live.
 *
 * @param action APPROVE, REJECT, REGENERATE or DELETE
 * @param status QUEUED, RUNNING, SUCCEEDED or FAILED
 * @param processed how many of {@code total} articles it has gone through
 * @param changed how many of those it changed
 * @param skipped how many it left as they were (not in a state it applies to)
 * @param error why it stopped, when it failed
 */
public record BulkActionChanged(
    UUID batchId,
    UUID actionId,
    String action,
    String status,
    int total,
    int processed,
    int changed,
    int skipped,
    String error) {}
