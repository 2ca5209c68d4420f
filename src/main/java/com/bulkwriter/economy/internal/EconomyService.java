package com.bulkwriter.economy.internal;

import com.bulkwriter.batch.BatchControl;
import com.bulkwriter.batch.BatchProgress;
import com.bulkwriter.security.CurrentOwner;
import com.bulkwriter.support.ConflictException;
import com.bulkwriter.support.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** What a user sees of and does to the provider batches of their batch. */
@Service
public class EconomyService {

  private final ProviderBatches batches;
  private final BatchProgress progress;
  private final BatchControl control;
  private final CurrentOwner owner;
  private final Clock clock;

  EconomyService(
      ProviderBatches batches,
      BatchProgress progress,
      BatchControl control,
      CurrentOwner owner,
      Clock clock) {
    this.batches = batches;
    this.progress = progress;
    this.control = control;
    this.owner = owner;
    this.clock = clock;
  }

  /**
   * A batch's provider batches: each one's state and counts as the provider reported them.
   *
   * @param requests requests in the provider batches not yet read
   * @param done of those, the ones the provider reports done (answered or failed)
   * @param expectedBy the latest end of their completion windows; {@code null} when none is out
   */
  public record EconomySummary(
      int requests, int done, Instant expectedBy, List<ProviderBatchPart> providerBatches) {}

  /** One provider batch. */
  public record ProviderBatchPart(
      UUID id,
      String provider,
      String state,
      String providerStatus,
      int requests,
      int completed,
      int failed,
      int stored,
      Instant expiresAt,
      String lastError,
      Instant createdAt,
      Instant finishedAt) {}

  public EconomySummary summary(UUID batchId) {
    visible(batchId);
    List<ProviderBatchPart> parts =
        batches.ofBatch(batchId).stream()
            .map(
                b ->
                    new ProviderBatchPart(
                        b.id(),
                        b.provider(),
                        b.state().name(),
                        b.remoteStatus(),
                        b.requests(),
                        b.completed(),
                        b.failed(),
                        b.stored(),
                        b.expiresAt(),
                        b.lastError(),
                        b.createdAt(),
                        b.finishedAt()))
            .toList();
    List<ProviderBatchPart> open =
        parts.stream().filter(p -> ProviderBatchState.valueOf(p.state()).isActive()).toList();
    return new EconomySummary(
        open.stream().mapToInt(ProviderBatchPart::requests).sum(),
        open.stream().mapToInt(p -> p.completed() + p.failed()).sum(),
        open.stream()
            .map(ProviderBatchPart::expiresAt)
            .filter(Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(null),
        parts);
  }

  /**
   * "Finish now in realtime": the batch switches to realtime, its provider batches are cancelled at
   * their next step, and whatever they did not answer is written by the queue's workers.
   */
  public EconomySummary finishInRealtime(UUID batchId) {
    visible(batchId);
    if (!control.finishInRealtime(batchId)) {
      throw new ConflictException("Batch " + batchId + " is not in economy mode");
    }
    batches.finishRealtime(batchId, clock.instant());
    return summary(batchId);
  }

  private void visible(UUID batchId) {
    String scope = owner.scope();
    progress
        .of(batchId)
        .filter(batch -> scope == null || scope.equals(batch.owner()))
        .orElseThrow(() -> new NotFoundException("No batch " + batchId));
  }
}
