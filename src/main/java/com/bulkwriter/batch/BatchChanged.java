package com.bulkwriter.batch;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A batch's status changed: submitted, paused (by its user or by the system, with a reason),
 * resumed, cancelled, reopened or completed. Published after the change is stored.
 *
 * @param reason why it has this status, {@code null} when there is nothing to say
 */
public record BatchChanged(
    UUID batchId, String owner, BatchStatus status, @Nullable String reason) {}
