package com.bulkwriter.batch;

import java.util.UUID;

/**
 * A deleted batch is gone: its articles and its row were removed. Published once, by the node that
 * removed the row, so that other modules drop what they keep about it (progress events).
 */
public record BatchDeleted(UUID batchId, String owner) {}
