package com.bulkwriter.quality.internal;

import com.bulkwriter.support.PeriodicTask;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the articles the queue has written, after the queue's commit, so that the checks do not
 * slow the queue down. Every {@code runner-interval} (and at start) it takes chunks of pending
 * articles of one batch ({@link PendingChecks}) until none are left, and checks each chunk in one
 * transaction that also deletes the chunk's pending rows: a crash or a stop undoes both, and the
 * articles are checked after the restart. One runner per node, and on PostgreSQL one runner per
 * batch at a time across nodes (an advisory lock), so each article is compared with every article
 * of its batch checked before it, in whatever order they come.
 */
@Component
class QualityRunner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(QualityRunner.class);

  /** Batches looked at per chunk when another node's runner holds some of them. */
  private static final int BATCHES_PER_LOOK = 20;

  private final PendingChecks pending;
  private final QualityAssessor assessor;
  private final TransactionTemplate transactions;
  private final QualityProperties settings;
  private final PeriodicTask task;

  QualityRunner(
      PendingChecks pending,
      QualityAssessor assessor,
      TransactionTemplate transactions,
      QualityProperties settings) {
    this.pending = pending;
    this.assessor = assessor;
    this.transactions = transactions;
    this.settings = settings;
    this.task = new PeriodicTask("quality-runner", settings.runnerInterval(), this::drain);
  }

  @Override
  public void start() {
    task.start();
  }

  @Override
  public void stop() {
    // a chunk interrupted mid-way is rolled back: its articles stay pending for the next start
    task.stop();
  }

  @Override
  public boolean isRunning() {
    return task.isRunning();
  }

  /** Checks chunks until no article is waiting (or none this node may take). */
  void drain() {
    try {
      while (task.isRunning() && checkChunk() > 0) {
        // the next chunk at once: a written batch is checked as fast as the node can
      }
    } catch (RuntimeException e) {
      log.warn(
          "Quality checks of pending articles failed; trying again in {}",
          settings.runnerInterval(),
          e);
    }
  }

  /** Checks one chunk of one batch in one transaction; returns how many articles it took. */
  int checkChunk() {
    Integer taken =
        transactions.execute(
            tx -> {
              for (UUID batchId : pending.batches(BATCHES_PER_LOOK)) {
                if (!pending.lock(batchId)) {
                  continue;
                }
                List<UUID> chunk = pending.claim(batchId, settings.runnerChunk());
                if (chunk.isEmpty()) {
                  continue;
                }
                // first: the signatures of a chunk's articles count once they are no longer pending
                pending.done(chunk);
                assessor.assess(chunk);
                return chunk.size();
              }
              return 0;
            });
    return taken == null ? 0 : taken;
  }
}
