package com.bulkwriter.economy.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One provider batch as stored: the intent (its id travels in the file name, the batch's metadata
 * where the provider has any, and every request's custom_id), what the provider handed out, and
 * what it reported last.
 *
 * @param uploadSent an upload may have reached the provider: look the file up before uploading
 * @param createSent a create may have reached the provider: look the batch up before creating
 * @param stored answers stored as articles so far
 * @param leaseToken the token of the lease a runner holds on it, {@code null} when free
 */
record ProviderBatch(
    UUID id,
    UUID batchId,
    String provider,
    ProviderBatchState state,
    int requests,
    long bytes,
    boolean uploadSent,
    boolean createSent,
    String fileId,
    String remoteId,
    String remoteStatus,
    int completed,
    int failed,
    int stored,
    Instant expiresAt,
    boolean finishRealtime,
    int attempts,
    String lastError,
    UUID leaseToken,
    Instant createdAt,
    Instant finishedAt) {

  /** The name of its request file at the provider, by which it is found again. */
  String fileName() {
    return "bulkwriter-" + id + ".jsonl";
  }
}
