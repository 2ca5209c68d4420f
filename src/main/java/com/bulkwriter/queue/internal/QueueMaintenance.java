package com.bulkwriter.queue.internal;

import com.bulkwriter.batch.BatchCompletion;
import com.bulkwriter.support.sql.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The queue's housekeeping, each duty on its own interval: heartbeats for the leases this node's
 * workers hold, the rescuer of expired leases, and completion of finished batches. On the embedded
 * database only one node can exist, so at start it also rescues what a crashed earlier run left
 * RUNNING.
 *
 * <p>After the database was away, the rescuer waits one lease before it rescues again: every node
 * lost its heartbeats at the same time, and each must have the chance to renew the leases it still
 * holds (perhaps with a paid answer waiting to be stored) before anyone calls them dead.
 */
@Component
class QueueMaintenance implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(QueueMaintenance.class);

  private final ArticleClaims claims;
  private final HeldClaims held;
  private final BatchCompletion completion;
  private final QueueProperties properties;
  private final Database database;
  private final Clock clock;
  private ScheduledExecutorService scheduler;

  /** Since when the database has answered without a break; null while it is away. */
  private volatile Instant reachableSince;

  QueueMaintenance(
      ArticleClaims claims,
      HeldClaims held,
      BatchCompletion completion,
      QueueProperties properties,
      Database database,
      Clock clock) {
    this.claims = claims;
    this.held = held;
    this.completion = completion;
    this.properties = properties;
    this.database = database;
    this.clock = clock;
  }

  @Override
  public synchronized void start() {
    if (scheduler != null || !properties.enabled()) {
      return;
    }
    if (database == Database.H2) {
      // articles at a provider (economy mode) stay with their provider batch, which resumes
      int rescued =
          claims.rescueExpired(
              clock.instant().plus(Duration.ofDays(36_500)),
              properties.maxAttempts(),
              clock.instant(),
              LongLeaseStore.OWNER);
      if (rescued > 0) {
        log.info("Returned {} articles left running by an earlier run to the queue", rescued);
      }
    }
    reachableSince = clock.instant();
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("queue-maintenance").daemon().factory());
    every(properties.heartbeatInterval(), this::heartbeat);
    every(properties.rescueInterval(), this::rescueExpired);
    every(properties.completionInterval(), completion::completeFinishedBatches);
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }

  /** Stops after the runner (higher phases stop first), so leases stay alive while it drains. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 1;
  }

  /** Renews the leases this node's workers hold; returns how many. */
  int heartbeat() {
    try {
      List<ClaimedArticle> articles = held.articles();
      int renewed =
          articles.isEmpty()
              ? claims.ping()
              : claims.heartbeat(
                  properties.nodeId(), articles, clock.instant().plus(properties.leaseDuration()));
      reachable();
      return renewed;
    } catch (RuntimeException e) {
      reachableSince = null;
      throw e;
    }
  }

  /** The rescuer's duty: expired leases back to the queue, unless the database was just away. */
  int rescueExpired() {
    Instant now = clock.instant();
    Instant since = reachableSince;
    if (since == null || now.isBefore(since.plus(properties.leaseDuration()))) {
      return 0;
    }
    try {
      return rescue(now);
    } catch (RuntimeException e) {
      reachableSince = null;
      throw e;
    }
  }

  int rescue(Instant expiredBefore) {
    return claims.rescueExpired(expiredBefore, properties.maxAttempts(), clock.instant());
  }

  private void reachable() {
    if (reachableSince == null) {
      reachableSince = clock.instant();
      log.info(
          "The database is back; rescuing expired leases again after {}",
          properties.leaseDuration());
    }
  }

  private void every(Duration interval, Runnable duty) {
    scheduler.scheduleWithFixedDelay(
        () -> {
          try {
            duty.run();
          } catch (RuntimeException e) {
            log.warn("Queue maintenance failed; will try again", e);
          }
        },
        interval.toMillis(),
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }
}
