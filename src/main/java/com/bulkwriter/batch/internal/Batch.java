package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.BatchSettings;
import com.bulkwriter.batch.BatchStatus;
import com.bulkwriter.generation.TokenUsage;
import com.bulkwriter.support.ConflictException;
import java.time.Instant;
import java.util.UUID;

/**
 * A batch as stored, with the tokens and cost its succeeded articles used ({@code usage}). Status
 * changes go through the guarded methods, which refuse what {@link BatchStatus} does not allow.
 */
public record Batch(
    UUID id,
    String owner,
    String name,
    BatchStatus status,
    String statusReason,
    BatchSettings settings,
    int total,
    String idempotencyKey,
    String requestHash,
    Instant createdAt,
    Instant updatedAt,
    Instant finishedAt,
    TokenUsage usage) {

  Batch pause(String reason, Instant now) {
    return moveTo(BatchStatus.PAUSED, reason, now, "paused");
  }

  /** Only a paused batch resumes; a completed one runs again through {@link #reopen}. */
  Batch resume(Instant now) {
    if (status != BatchStatus.PAUSED) {
      throw conflict("resumed");
    }
    return moveTo(BatchStatus.RUNNING, null, now, "resumed");
  }

  Batch cancel(Instant now) {
    return moveTo(BatchStatus.CANCELLED, "cancelled by the user", now, "cancelled");
  }

  /** A completed batch runs again when its failed articles are retried; others keep status. */
  Batch reopen(Instant now) {
    return reopen(now, "retried");
  }

  /**
   * A completed batch runs again when some of its articles are queued again ({@code verb}: what is
   * done to them, for the refusal); a paused one stays paused; a cancelled one refuses.
   */
  Batch reopen(Instant now, String verb) {
    if (status == BatchStatus.CANCELLED) {
      throw new ConflictException("Batch " + id + " is cancelled; its articles cannot be " + verb);
    }
    return status == BatchStatus.COMPLETED
        ? moveTo(BatchStatus.RUNNING, null, now, "reopened")
        : this;
  }

  private Batch moveTo(BatchStatus target, String reason, Instant now, String verb) {
    if (!status.canMoveTo(target)) {
      throw conflict(verb);
    }
    Instant finished = target == BatchStatus.CANCELLED ? now : null;
    return new Batch(
        id,
        owner,
        name,
        target,
        reason,
        settings,
        total,
        idempotencyKey,
        requestHash,
        createdAt,
        now,
        finished,
        usage);
  }

  private ConflictException conflict(String verb) {
    return new ConflictException(
        "Batch %s is %s and cannot be %s".formatted(id, status.name().toLowerCase(), verb));
  }
}
