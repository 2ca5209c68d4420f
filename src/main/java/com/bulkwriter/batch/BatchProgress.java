package com.bulkwriter.batch;

import com.bulkwriter.batch.internal.Batch;
import com.bulkwriter.batch.internal.BatchService;
import com.bulkwriter.batch.internal.Counts;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** How far a batch is, for other modules (the progress module's live events). */
@Component
public class BatchProgress {

  private final BatchService service;

  BatchProgress(BatchService service) {
    this.service = service;
  }

  /** A batch's status and article counts at one moment. */
  public record Snapshot(
      UUID id,
      String owner,
      String name,
      BatchStatus status,
      @Nullable String reason,
      int total,
      int queued,
      int running,
      int succeeded,
      int failed,
      int cancelled,
      double progress) {

    /** Articles still to write (queued or running). */
    public int remaining() {
      return queued + running;
    }

    /** Articles finished, whatever the outcome. */
    public int finished() {
      return succeeded + failed + cancelled;
    }
  }

  /** The batch now, or empty when there is no such batch. */
  public Optional<Snapshot> of(UUID batchId) {
    return service.findById(batchId).map(this::snapshot);
  }

  private Snapshot snapshot(Batch batch) {
    Counts counts = service.counts(batch);
    return new Snapshot(
        batch.id(),
        batch.owner(),
        batch.name(),
        batch.status(),
        batch.statusReason(),
        counts.total(),
        counts.queued(),
        counts.running(),
        counts.succeeded(),
        counts.failed(),
        counts.cancelled(),
        counts.progress());
  }
}
