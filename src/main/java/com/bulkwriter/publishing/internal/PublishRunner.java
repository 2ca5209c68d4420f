package com.bulkwriter.publishing.internal;

import com.bulkwriter.support.sql.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's share of publishing, on the same principles as the article queue: a dispatcher claims
 * due publications (one per site at a time on this node, at most {@code concurrency} sites at once)
 * with a lease; a heartbeat extends the leases its workers still hold; a rescuer returns
 * publications whose lease expired (their node died) to the queue; finished jobs are completed. On
 * the embedded database, one process owns the file, so whatever an earlier run left RUNNING is
 * rescued at start.
 */
@Component
class PublishRunner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(PublishRunner.class);

  private final Publications publications;
  private final PublishJobs jobs;
  private final PostWriter writer;
  private final JobProgress progress;
  private final PublishingProperties properties;
  private final Database database;
  private final Clock clock;
  private final String node = "publisher-" + UUID.randomUUID();

  /** Publications this node's workers hold, by id, and the sites they are for. */
  private final Set<UUID> held = ConcurrentHashMap.newKeySet();

  private final Set<UUID> busySites = ConcurrentHashMap.newKeySet();
  private ScheduledExecutorService ticks;
  private ExecutorService workers;
  private volatile boolean running;

  PublishRunner(
      Publications publications,
      PublishJobs jobs,
      PostWriter writer,
      JobProgress progress,
      PublishingProperties properties,
      Database database,
      Clock clock) {
    this.publications = publications;
    this.jobs = jobs;
    this.writer = writer;
    this.progress = progress;
    this.properties = properties;
    this.database = database;
    this.clock = clock;
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    ticks =
        Executors.newScheduledThreadPool(
            2, Thread.ofPlatform().name("publish-tick-", 0).daemon().factory());
    workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("publish-", 0).factory());
    if (database == Database.H2) {
      Instant now = clock.instant();
      safely("rescue at start", () -> publications.rescue(now.plusSeconds(86_400), now));
    }
    long poll = properties.pollInterval().toMillis();
    long beat = properties.heartbeatInterval().toMillis();
    ticks.scheduleWithFixedDelay(this::dispatch, 0, poll, TimeUnit.MILLISECONDS);
    ticks.scheduleWithFixedDelay(this::maintain, beat, beat, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    running = false;
    if (ticks != null) {
      ticks.shutdownNow();
      // a worker interrupted mid-request retries later; a create it sent is looked up first
      workers.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Completes finished jobs; claims one due publication per free site while slots are free. */
  void dispatch() {
    if (!running) {
      return;
    }
    safely(
        "dispatch",
        () -> {
          Instant now = clock.instant();
          jobs.completeFinished(now).forEach(progress::changed);
          for (UUID site : publications.readySites(now)) {
            if (busySites.size() >= properties.concurrency() || !running) {
              return;
            }
            if (!busySites.add(site)) {
              continue;
            }
            var claim = publications.claim(site, node, now, now.plus(properties.leaseDuration()));
            if (claim.isEmpty()) {
              busySites.remove(site);
              continue;
            }
            held.add(claim.get().id());
            progress.changed(claim.get().jobId());
            workers.submit(
                () -> {
                  try {
                    writer.publish(claim.get());
                  } catch (RuntimeException e) {
                    // the lease expires and the rescuer returns it; the post is looked up first
                    log.warn("Publishing {} failed unexpectedly", claim.get().id(), e);
                  } finally {
                    held.remove(claim.get().id());
                    busySites.remove(site);
                    progress.changed(claim.get().jobId());
                  }
                });
          }
        });
  }

  /** Heartbeat and rescue. */
  void maintain() {
    Instant now = clock.instant();
    safely(
        "heartbeat",
        () -> publications.heartbeat(held, node, now.plus(properties.leaseDuration())));
    safely("cancellation", () -> publications.cancelLeftovers(now));
    safely(
        "rescue",
        () -> {
          int rescued = publications.rescue(now, now);
          if (rescued > 0) {
            log.info("Rescued {} publications whose node stopped", rescued);
          }
        });
  }

  private static void safely(String what, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      log.warn("Publishing {} failed; trying again at the next tick", what, e);
    }
  }
}
