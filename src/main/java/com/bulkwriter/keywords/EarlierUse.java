package com.bulkwriter.keywords;

import java.time.Instant;
import java.util.UUID;

/**
 * A keyword of an earlier batch of the same owner that normalises to the same key.
 *
 * @param batchId the earlier batch
 * @param batchName its name now
 * @param keyword the keyword as it was typed there
 * @param writtenAt when that batch was submitted
 * @param ago the same as words from the server's clock ("3 weeks ago")
 */
public record EarlierUse(
    UUID batchId, String batchName, String keyword, Instant writtenAt, String ago) {}
