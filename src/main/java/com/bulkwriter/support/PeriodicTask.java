package com.bulkwriter.support;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A duty a node runs on a thread of its own: at start, then {@code every} after each run ended, and
 * at once when {@link #runNow} asks. Runs never overlap; stopping interrupts the current one. For a
 * module's {@code SmartLifecycle} background work (a cleaner, a purger).
 */
public final class PeriodicTask {

  private final String name;
  private final Duration every;
  private final Runnable run;
  private ScheduledExecutorService scheduler;

  public PeriodicTask(String name, Duration every, Runnable run) {
    this.name = name;
    this.every = every;
    this.run = run;
  }

  public synchronized void start() {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name(name).daemon().factory());
    scheduler.scheduleWithFixedDelay(run, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** A run as soon as the current one (if any) ends; nothing when stopped. */
  public synchronized void runNow() {
    if (scheduler != null) {
      try {
        scheduler.execute(run);
      } catch (RejectedExecutionException stopping) {
        // stopping: the next start runs at once anyway
      }
    }
  }

  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  public synchronized boolean isRunning() {
    return scheduler != null;
  }
}
