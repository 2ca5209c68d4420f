package com.bulkwriter.batch;

import com.bulkwriter.batch.internal.BatchService;
import com.bulkwriter.batch.internal.Batches;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the queue may do to a batch on the system's behalf: pause it with a reason a person can act
 * on (the provider rejected its key, the budget is spent). Resuming is left to the user.
 */
@Component
public class BatchControl {

  private final BatchService service;
  private final Batches batches;
  private final ApplicationEventPublisher events;

  BatchControl(BatchService service, Batches batches, ApplicationEventPublisher events) {
    this.service = service;
    this.batches = batches;
    this.events = events;
  }

  /**
   * Switches an economy batch to realtime ("Finish now in realtime"): the queue's workers write
   * what is left from now on.
   *
   * @return true when this call switched it, false when it was not in economy mode
   */
  public boolean finishInRealtime(UUID batchId) {
    boolean switched =
        service
            .findById(batchId)
            .filter(batch -> batch.settings().economy())
            .map(batch -> batches.setMode(batch, SettingValues.REALTIME))
            .orElse(false);
    if (switched) {
      events.publishEvent(new ArticlesQueued(batchId));
    }
    return switched;
  }

  /**
   * Pauses the batch if it is running, with {@code reason} shown in the API and UI.
   *
   * @return true when this call paused it, false when it was not running
   */
  public boolean pause(UUID batchId, String reason) {
    return service.pauseBecause(batchId, reason);
  }

  /**
   * Pauses the batch if it is running and its recorded cost has reached its budget cap ({@code
   * settings.maxCostUsd}); the queue asks after storing each result that cost something.
   *
   * @return true when this call paused it
   */
  public boolean pauseIfBudgetReached(UUID batchId) {
    return service.pauseIfBudgetReached(batchId);
  }
}
