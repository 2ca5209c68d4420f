package com.bulkwriter.queue.internal;

import java.util.UUID;

/**
 * An article this node holds a lease on.
 *
 * @param token the claim's lease token; every write of the result must present it
 * @param attempts attempts including this one
 */
record ClaimedArticle(
    UUID id,
    UUID batchId,
    String keyword,
    String overrides,
    String settings,
    int attempts,
    UUID token) {}
