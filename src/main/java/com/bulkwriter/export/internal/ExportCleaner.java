package com.bulkwriter.export.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Removes expired exports with their archives, and fails exports whose node stopped building them
 * (no heartbeat for {@code stale-after}), announcing each. Every node runs it; both duties are
 * idempotent.
 */
@Component
class ExportCleaner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ExportCleaner.class);

  private final Exports exports;
  private final ArchiveStore store;
  private final ExportProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private ScheduledExecutorService scheduler;

  ExportCleaner(
      Exports exports,
      ArchiveStore store,
      ExportProperties properties,
      ApplicationEventPublisher events,
      Clock clock) {
    this.exports = exports;
    this.store = store;
    this.properties = properties;
    this.events = events;
    this.clock = clock;
  }

  /** One round of cleaning; returns how many exports were removed. */
  int clean() {
    Instant now = clock.instant();
    List<Export> stale = exports.failStale(now.minus(properties.staleAfter()), now);
    if (!stale.isEmpty()) {
      log.info("Failed {} exports whose node stopped building them", stale.size());
    }
    stale.forEach(
        export ->
            events.publishEvent(
                export.changed(ExportStatus.FAILED, export.processed(), null, Exports.STALE, now)));
    int removed = 0;
    for (UUID id : exports.expired(now)) {
      // chunks first, in their own statement, so no single delete holds a whole archive's rows
      store.delete(id);
      if (exports.deleteExpired(id, now)) {
        removed++;
      }
    }
    return removed;
  }

  @Override
  public synchronized void start() {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("export-cleaner").daemon().factory());
    long every = properties.cleanupInterval().toMillis();
    scheduler.scheduleWithFixedDelay(this::cleanSafely, every, every, TimeUnit.MILLISECONDS);
  }

  private void cleanSafely() {
    try {
      clean();
    } catch (RuntimeException e) {
      log.warn("Cleaning exports failed; trying again in {}", properties.cleanupInterval(), e);
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
