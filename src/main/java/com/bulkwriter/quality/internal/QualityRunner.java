package com.bulkwriter.quality.internal;

import com.bulkwriter.support.PeriodicTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * of its batch checked before it, in whatever order they come. A chunk that fails is checked again
 * one article per transaction, and an article that still fails on its own (say, unreadable
 * settings) waits {@link #SET_ASIDE} before it is tried again, so it never holds up the others.
 *
 * <p>The checks are background work: while this node keeps the processors busy ({@code
 * runner-busy-cpu}), the runner takes only articles that have waited {@code runner-busy-delay}, so
 * that the queue keeps the processors; the checks catch up once it slows down. At a provider's pace
 * the processors are never that busy, and articles are checked moments after they are stored.
 */
@Component
class QualityRunner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(QualityRunner.class);

  /** Batches looked at per chunk when another node's runner holds some of them. */
  private static final int BATCHES_PER_LOOK = 20;

  /** How long an article whose checks failed on their own waits before it is tried again. */
  static final Duration SET_ASIDE = Duration.ofMinutes(5);

  private final PendingChecks pending;
  private final QualityAssessor assessor;
  private final TransactionTemplate transactions;
  private final QualityProperties settings;
  private final CpuLoad cpu;
  private final Clock clock;
  private final PeriodicTask task;

  QualityRunner(
      PendingChecks pending,
      QualityAssessor assessor,
      TransactionTemplate transactions,
      QualityProperties settings,
      CpuLoad cpu,
      Clock clock) {
    this.pending = pending;
    this.assessor = assessor;
    this.transactions = transactions;
    this.settings = settings;
    this.cpu = cpu;
    this.clock = clock;
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
      while (task.isRunning() && checkChunkOrEachAlone() > 0) {
        // the next chunk at once: a written batch is checked as fast as the node can
      }
    } catch (RuntimeException e) {
      log.warn(
          "Quality checks of pending articles failed; trying again in {}",
          settings.runnerInterval(),
          e);
    }
  }

  /**
   * Checks one chunk; when that fails, the same articles one by one, setting aside any that fails
   * on its own. Answers how many articles it took (checked or set aside).
   */
  int checkChunkOrEachAlone() {
    try {
      return checkChunk();
    } catch (RuntimeException e) {
      log.warn("Quality checks of a chunk failed; checking its articles one by one", e);
      return checkEachAlone();
    }
  }

  /**
   * The latest marking an article may have to be checked now: every pending article, or while the
   * processors are busy only those that have waited {@code runner-busy-delay}.
   */
  private Instant due() {
    Instant now = clock.instant();
    boolean yields =
        settings.runnerBusyDelay().isPositive() && cpu.recent() >= settings.runnerBusyCpu();
    return yields ? now.minus(settings.runnerBusyDelay()) : now;
  }

  /** Checks one chunk of one batch in one transaction; returns how many articles it took. */
  int checkChunk() {
    Instant now = due();
    Integer taken =
        transactions.execute(
            tx -> {
              for (UUID batchId : pending.batches(BATCHES_PER_LOOK, now)) {
                if (!pending.lock(batchId)) {
                  continue;
                }
                List<UUID> chunk = pending.claim(batchId, settings.runnerChunk(), now);
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

  /**
   * The next chunk, each article in a transaction of its own; an article that fails alone stays
   * pending and waits {@link #SET_ASIDE}. A failure to set it aside (the database is away) ends the
   * round, as any other database failure does.
   */
  private int checkEachAlone() {
    Instant now = due();
    for (UUID batchId : pending.batches(BATCHES_PER_LOOK, now)) {
      List<UUID> chunk = pending.claim(batchId, settings.runnerChunk(), now);
      int taken = 0;
      for (UUID article : chunk) {
        try {
          boolean locked =
              Boolean.TRUE.equals(
                  transactions.execute(
                      tx -> {
                        if (!pending.lock(batchId)) {
                          return false; // another node's runner has the batch now
                        }
                        pending.done(List.of(article));
                        assessor.assess(List.of(article));
                        return true;
                      }));
          if (!locked) {
            break;
          }
        } catch (RuntimeException e) {
          log.warn(
              "Quality checks of article {} failed; it stays pending and is tried again in {}",
              article,
              SET_ASIDE,
              e);
          transactions.executeWithoutResult(
              tx -> pending.defer(article, clock.instant().plus(SET_ASIDE)));
        }
        taken++;
      }
      if (taken > 0) {
        return taken;
      }
    }
    return 0;
  }
}
