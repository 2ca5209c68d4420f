package com.bulkwriter.batch;

import com.bulkwriter.batch.internal.Batches;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Marks running batches whose articles are all finished as COMPLETED; the queue calls it. */
@Component
public class BatchCompletion {

  private final Batches batches;
  private final Clock clock;

  BatchCompletion(Batches batches, Clock clock) {
    this.batches = batches;
    this.clock = clock;
  }

  /** Returns how many batches were completed by this call. */
  public int completeFinishedBatches() {
    return batches.completeFinished(clock.instant());
  }
}
