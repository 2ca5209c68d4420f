package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.BatchDeleted;
import com.bulkwriter.support.PeriodicTask;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes batches marked for deletion, in the background on every node: a chunk of articles per
 * short transaction ({@code purge-chunk}, with {@code purge-pause} between chunks so that the
 * queue's own statements get through), then the batch row. The mark is stored, so a restart picks
 * the work up again; each chunk locks the batch row with {@code SKIP LOCKED}, so two nodes never
 * purge the same batch at once.
 */
@Component
class BatchPurger implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(BatchPurger.class);

  private enum Step {
    /** a chunk of articles went */
    CHUNK,
    /** no article was left and the batch row went */
    DONE,
    /** gone already, or another node holds it */
    SKIPPED
  }

  private final ManagedBatches managed;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final BatchProperties properties;
  private final PeriodicTask task;

  BatchPurger(
      ManagedBatches managed,
      TransactionTemplate transactions,
      ApplicationEventPublisher events,
      BatchProperties properties) {
    this.managed = managed;
    this.transactions = transactions;
    this.events = events;
    this.properties = properties;
    this.task = new PeriodicTask("batch-purger", properties.purgeInterval(), this::purgeSafely);
  }

  /** Purges every marked batch it can; returns how many it removed entirely. */
  int purge() throws InterruptedException {
    int removed = 0;
    for (var marked : managed.marked().entrySet()) {
      if (purge(marked.getKey(), marked.getValue())) {
        removed++;
      }
    }
    return removed;
  }

  private boolean purge(UUID id, String owner) throws InterruptedException {
    long pause = properties.purgePause().toMillis();
    while (true) {
      Step step = transactions.execute(tx -> step(id));
      switch (step) {
        case DONE -> {
          log.info("Deleted batch {} of {}", id, owner);
          events.publishEvent(new BatchDeleted(id, owner));
          return true;
        }
        case SKIPPED -> {
          return false;
        }
        case CHUNK -> {
          if (pause > 0) {
            Thread.sleep(pause);
          }
        }
      }
    }
  }

  private Step step(UUID id) {
    if (!managed.lockMarked(id)) {
      return Step.SKIPPED;
    }
    if (managed.purgeArticles(id, properties.purgeChunk()) > 0) {
      return Step.CHUNK;
    }
    return managed.purgeBatch(id) ? Step.DONE : Step.SKIPPED;
  }

  /** Starts a round now (a batch was just marked) rather than at the next interval. */
  void nudge() {
    task.runNow();
  }

  private void purgeSafely() {
    try {
      purge();
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.warn("Deleting batches failed; trying again in {}", properties.purgeInterval(), e);
    }
  }

  @Override
  public void start() {
    task.start();
  }

  @Override
  public void stop() {
    task.stop();
  }

  @Override
  public boolean isRunning() {
    return task.isRunning();
  }
}
