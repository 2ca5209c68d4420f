package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.BatchSettings;
import com.bulkwriter.batch.BatchStatus;
import com.bulkwriter.generation.TokenUsage;
import com.bulkwriter.support.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A batch as stored, with the tokens and cost its succeeded articles used ({@code usage}) and when
 * it was archived ({@code archivedAt}, {@code null} when it is not). Status changes go through the
 * guarded methods, which refuse what {@link BatchStatus} does not allow.
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
    TokenUsage usage,
    Instant archivedAt) {

  Batch pause(String reason, Instant now) {
    return moveTo(BatchStatus.PAUSED, reason, now, "paused");
  }

  /** Resumes with the current budget cap; see {@link #resume(BigDecimal, Instant)}. */
  Batch resume(Instant now) {
    return resume(null, now);
  }

  /**
   * Only a paused batch resumes; a completed one runs again through {@link #reopen}. A batch whose
   * cost has reached its budget cap resumes only with a higher cap ({@code raisedCap}), so that it
   * never runs past the cap without someone deciding to spend more.
   *
   * @param raisedCap a new {@code maxCostUsd}, or {@code null} to keep the current one
   */
  Batch resume(BigDecimal raisedCap, Instant now) {
    if (status != BatchStatus.PAUSED) {
      throw conflict("resumed");
    }
    BatchSettings next = raisedCap == null ? settings : settings.withMaxCostUsd(raisedCap);
    if (next.budgetReached(usage.costUsd())) {
      throw new ConflictException(
          ("Batch %s has cost $%s, which reaches its budget cap settings.maxCostUsd = $%s;"
                  + " resume it with a higher cap: POST /api/articles/queue/%s/resume?maxCostUsd=<more"
                  + " than %s>")
              .formatted(
                  id,
                  usage.costUsd().toPlainString(),
                  next.maxCostUsd().toPlainString(),
                  id,
                  usage.costUsd().toPlainString()));
    }
    return moveTo(BatchStatus.RUNNING, null, now, "resumed").withSettings(next);
  }

  /** Whether the batch is running and its recorded cost has reached its budget cap. */
  boolean runningOverBudget() {
    return status == BatchStatus.RUNNING && settings.budgetReached(usage.costUsd());
  }

  /** Pauses a batch whose cost reached its cap, saying so and how to go on. */
  Batch pauseForBudget(Instant now) {
    return pause(
        ("Budget reached: the batch has cost $%s of its cap settings.maxCostUsd = $%s. Articles"
                + " already being written were finished. Resume with a higher cap to go on"
                + " (POST /api/articles/queue/%s/resume?maxCostUsd=<amount>).")
            .formatted(usage.costUsd().toPlainString(), settings.maxCostUsd().toPlainString(), id),
        now);
  }

  private Batch withSettings(BatchSettings next) {
    return next.equals(settings)
        ? this
        : new Batch(
            id,
            owner,
            name,
            status,
            statusReason,
            next,
            total,
            idempotencyKey,
            requestHash,
            createdAt,
            updatedAt,
            finishedAt,
            usage,
            archivedAt);
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
        usage,
        archivedAt);
  }

  private ConflictException conflict(String verb) {
    return new ConflictException(
        "Batch %s is %s and cannot be %s".formatted(id, status.name().toLowerCase(), verb));
  }
}
