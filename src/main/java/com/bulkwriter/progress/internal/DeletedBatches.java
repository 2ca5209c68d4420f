package com.bulkwriter.progress.internal;

import com.bulkwriter.batch.BatchDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Forgets the events of a deleted batch, so that nothing of it outlives the batch. */
@Component
class DeletedBatches {

  private final EventLog events;

  DeletedBatches(EventLog events) {
    this.events = events;
  }

  @EventListener
  void on(BatchDeleted deleted) {
    events.deleteBatch(deleted.batchId());
  }
}
