package com.bulkwriter.queue;

import java.util.UUID;

/**
 * An article held under a long lease by work that outlives one worker (a provider batch).
 *
 * @param settings the batch's settings as stored (JSON, read with {@code SettingsJson})
 * @param overrides the row's overrides as stored (JSON), or {@code null}
 * @param attempts attempts including this one
 * @param token the lease token every write of its outcome presents
 */
public record LeasedArticle(
    UUID id,
    UUID batchId,
    String keyword,
    String overrides,
    String settings,
    int attempts,
    UUID token) {}
