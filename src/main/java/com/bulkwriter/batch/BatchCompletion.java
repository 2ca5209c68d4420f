package com.bulkwriter.batch;

import com.bulkwriter.batch.internal.Batches;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Marks running batches whose articles are all finished as COMPLETED; the queue calls it. */
@Component
public class BatchCompletion {

  private final Batches batches;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  BatchCompletion(Batches batches, ApplicationEventPublisher events, Clock clock) {
    this.batches = batches;
    this.events = events;
    this.clock = clock;
  }

  /** Returns how many batches were completed by this call. */
  public int completeFinishedBatches() {
    Map<UUID, String> completed = batches.completeFinished(clock.instant());
    completed.forEach(
        (id, owner) ->
            events.publishEvent(new BatchChanged(id, owner, BatchStatus.COMPLETED, null)));
    return completed.size();
  }
}
