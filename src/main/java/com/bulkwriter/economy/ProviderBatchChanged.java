package com.bulkwriter.economy;

import java.time.Instant;
import java.util.UUID;

/**
 * A provider batch of an economy batch moved on or reported new counts: announced after the change
 * is stored, so that the batch's watchers read the economy panel again at once instead of polling.
 *
 * @param providerBatchId the intent (the provider batch as stored)
 * @param state PREPARED, UPLOADED, SUBMITTED, DONE or FAILED
 * @param providerStatus the provider's own word for it ({@code in_progress}, {@code ended}, ...),
 *     {@code null} before it was first polled
 * @param requests requests in it
 * @param completed requests the provider answered successfully so far
 * @param failed requests that failed, expired or were cancelled so far
 * @param stored answers stored as articles so far
 * @param expiresAt when the provider gives up on it, if it said
 */
public record ProviderBatchChanged(
    UUID batchId,
    UUID providerBatchId,
    String provider,
    String state,
    String providerStatus,
    int requests,
    int completed,
    int failed,
    int stored,
    Instant expiresAt) {}
