package com.bulkwriter.progress.internal;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Removes events older than {@code retention}. Every node runs it; deleting is idempotent. Counter
 * rows stay, so a batch's numbers keep increasing after its old events are gone.
 */
@Component
class EventCleaner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(EventCleaner.class);

  private final EventLog events;
  private final ProgressProperties properties;
  private final Clock clock;
  private ScheduledExecutorService scheduler;

  EventCleaner(EventLog events, ProgressProperties properties, Clock clock) {
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  /** One round; returns how many events were removed. */
  int clean() {
    return events.deleteBefore(clock.instant().minus(properties.retention()));
  }

  @Override
  public synchronized void start() {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("progress-cleaner").daemon().factory());
    long every = properties.cleanupInterval().toMillis();
    scheduler.scheduleWithFixedDelay(this::cleanSafely, every, every, TimeUnit.MILLISECONDS);
  }

  private void cleanSafely() {
    try {
      int removed = clean();
      if (removed > 0) {
        log.debug("Removed {} old progress events", removed);
      }
    } catch (RuntimeException e) {
      log.warn("Cleaning progress events failed; trying again later", e);
    }
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
}
