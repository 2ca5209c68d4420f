package com.bulkwriter.batch;

import java.util.UUID;

/**
 * Articles of a batch became ready to claim: the batch was submitted, resumed, or its failed
 * articles were retried. The queue reacts by looking for work at once instead of at its next poll.
 */
public record ArticlesQueued(UUID batchId) {}
