package com.bulkwriter.batch;

import com.bulkwriter.batch.internal.Batch;
import com.bulkwriter.batch.internal.BatchForecaster;
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
  private final BatchForecaster forecaster;

  BatchProgress(BatchService service, BatchForecaster forecaster) {
    this.service = service;
    this.forecaster = forecaster;
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

  /**
   * What the batch's unfinished articles are expected to take, from the model behind the estimate
   * before submit; empty when nothing is left to write or there is no such batch.
   */
  public Optional<BatchForecast> forecast(UUID batchId) {
    return forecaster.forecast(batchId);
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
