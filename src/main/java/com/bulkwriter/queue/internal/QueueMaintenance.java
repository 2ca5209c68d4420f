package com.bulkwriter.queue.internal;

import com.bulkwriter.batch.BatchCompletion;
import com.bulkwriter.support.sql.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The queue's housekeeping, each duty on its own interval: heartbeats for this node's leases, the
 * rescuer of expired leases, and completion of finished batches. On the embedded database only one
 * node can exist, so at start it also rescues what a crashed earlier run left RUNNING.
 */
@Component
class QueueMaintenance implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(QueueMaintenance.class);

  private final ArticleClaims claims;
  private final BatchCompletion completion;
  private final QueueProperties properties;
  private final Database database;
  private final Clock clock;
  private ScheduledExecutorService scheduler;

  QueueMaintenance(
      ArticleClaims claims,
      BatchCompletion completion,
      QueueProperties properties,
      Database database,
      Clock clock) {
    this.claims = claims;
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
      int rescued = rescue(clock.instant().plus(Duration.ofDays(36_500)));
      if (rescued > 0) {
        log.info("Returned {} articles left running by an earlier run to the queue", rescued);
      }
    }
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("queue-maintenance").daemon().factory());
    every(properties.heartbeatInterval(), this::heartbeat);
    every(properties.rescueInterval(), () -> rescue(clock.instant()));
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

  int heartbeat() {
    return claims.heartbeat(properties.nodeId(), clock.instant().plus(properties.leaseDuration()));
  }

  int rescue(Instant expiredBefore) {
    return claims.rescueExpired(expiredBefore, properties.maxAttempts(), clock.instant());
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
