package com.bulkwriter.batch.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A batch being deleted in the background: hidden from every list and read at once, its articles
 * removed in chunks, then the batch itself.
 *
 * @param articles articles the batch had
 * @param remaining articles not yet removed
 * @param since when it was deleted
 */
public record BatchDeletion(
    UUID id, String name, String owner, int articles, long remaining, Instant since) {}
