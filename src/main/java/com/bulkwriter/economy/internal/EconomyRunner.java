package com.bulkwriter.economy.internal;

import com.bulkwriter.economy.ProviderBatchChanged;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.queue.LeasedArticle;
import com.bulkwriter.queue.LongLeases;
import com.bulkwriter.support.sql.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
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
 * This node's share of economy mode. Every {@code tick} it advances the provider batches whose next
 * step is due (leased, so any node may resume one another node left), then gathers the ready
 * articles of economy batches into new provider batches. A failed step is tried again after a
 * backoff; one that cannot succeed (the provider refuses the file) gives its articles back.
 */
@Component
class EconomyRunner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(EconomyRunner.class);

  /** Steps one tick takes at most, so that a node shares the work with others. */
  private static final int STEPS_PER_TICK = 20;

  private final ProviderBatches batches;
  private final BatchSender sender;
  private final AnswerReader reader;
  private final LongLeases leases;
  private final EconomyProperties properties;
  private final Database database;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final String node = "economy-" + UUID.randomUUID();
  private ScheduledExecutorService ticks;
  private volatile boolean running;

  EconomyRunner(
      ProviderBatches batches,
      BatchSender sender,
      AnswerReader reader,
      LongLeases leases,
      EconomyProperties properties,
      Database database,
      ApplicationEventPublisher events,
      Clock clock) {
    this.events = events;
    this.batches = batches;
    this.sender = sender;
    this.reader = reader;
    this.leases = leases;
    this.properties = properties;
    this.database = database;
    this.clock = clock;
  }

  @Override
  public synchronized void start() {
    if (running || !properties.enabled()) {
      return;
    }
    running = true;
    if (database == Database.H2) {
      safely("release at start", () -> batches.releaseAll(clock.instant()));
    }
    ticks =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("economy-tick").daemon().factory());
    long tick = properties.tick().toMillis();
    ticks.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    ticks.shutdownNow();
    try {
      ticks.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // whatever was sent is marked so, and is looked up by whichever node resumes it
    safely("release at stop", () -> batches.releaseNode(node, clock.instant()));
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Advances what is due, then gathers ready articles into new provider batches. */
  void tick() {
    safely(
        "steps",
        () -> {
          for (int i = 0; i < STEPS_PER_TICK && running; i++) {
            Instant now = clock.instant();
            Optional<ProviderBatch> due =
                batches.claimDue(node, now, now.plus(properties.leaseDuration()));
            if (due.isEmpty()) {
              break;
            }
            step(due.get());
          }
        });
    safely(
        "gathering",
        () -> {
          for (UUID batch : leases.readyEconomyBatches()) {
            Optional<ProviderBatch> prepared;
            while (running && (prepared = sender.prepare(batch, node)).isPresent()) {
              step(prepared.get());
            }
          }
        });
  }

  /**
   * One step of a provider batch this node holds; the lease is given up after it, and a change of
   * its state or counts is announced.
   */
  void step(ProviderBatch batch) {
    try {
      advance(batch);
    } finally {
      announce(batch);
    }
  }

  private void advance(ProviderBatch batch) {
    Instant next;
    try {
      if (batch.state() == ProviderBatchState.SUBMITTED) {
        reader.poll(batch);
      } else {
        sender.send(batch);
      }
      next = clock.instant().plus(properties.pollInterval());
    } catch (GenerationFailure failure) {
      if (batch.state() != ProviderBatchState.SUBMITTED
          && (failure.kind() == GenerationFailure.Kind.PERMANENT
              || failure.kind() == GenerationFailure.Kind.FATAL)) {
        abandon(batch, failure);
        return;
      }
      retryLater(batch, failure.getMessage());
      return;
    } catch (RuntimeException unexpected) {
      log.warn("Provider batch {}: step failed", batch.id(), unexpected);
      retryLater(batch, unexpected.toString());
      return;
    }
    batches.release(batch, next, 0, null, clock.instant());
  }

  /** Tells the batch's watchers when the step changed what they see of the provider batch. */
  private void announce(ProviderBatch before) {
    try {
      batches
          .find(before.id())
          .filter(after -> visiblyChanged(before, after))
          .ifPresent(
              after ->
                  events.publishEvent(
                      new ProviderBatchChanged(
                          after.batchId(),
                          after.id(),
                          after.provider(),
                          after.state().name(),
                          after.remoteStatus(),
                          after.requests(),
                          after.completed(),
                          after.failed(),
                          after.stored(),
                          after.expiresAt())));
    } catch (RuntimeException e) {
      log.warn("Provider batch {}: could not announce its change", before.id(), e);
    }
  }

  private static boolean visiblyChanged(ProviderBatch before, ProviderBatch after) {
    return before.state() != after.state()
        || !Objects.equals(before.lastError(), after.lastError())
        || !Objects.equals(before.remoteStatus(), after.remoteStatus())
        || before.requests() != after.requests()
        || before.completed() != after.completed()
        || before.failed() != after.failed()
        || before.stored() != after.stored();
  }

  private void retryLater(ProviderBatch batch, String error) {
    int attempts = batch.attempts() + 1;
    Duration wait = properties.tick().multipliedBy(1L << Math.min(attempts, 16));
    if (wait.compareTo(properties.backoffMax()) > 0) {
      wait = properties.backoffMax();
    }
    log.info("Provider batch {}: {}; trying again in {}", batch.id(), error, wait);
    batches.release(batch, clock.instant().plus(wait), attempts, error, clock.instant());
  }

  /** It cannot be sent: its articles follow the queue's rules for the failure. */
  private void abandon(ProviderBatch batch, GenerationFailure failure) {
    log.warn("Provider batch {} cannot be sent: {}", batch.id(), failure.getMessage());
    for (LeasedArticle article : leases.held(batch.id())) {
      leases.failed(
          article,
          failure.kind() == GenerationFailure.Kind.FATAL
              ? failure
              : GenerationFailure.retryable(failure.getMessage(), failure));
    }
    Instant now = clock.instant();
    batches.move(batch, ProviderBatchState.FAILED, failure.getMessage(), now);
    batches.release(batch, now, batch.attempts(), failure.getMessage(), now);
  }

  private static void safely(String what, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      log.warn("Economy {} failed; trying again at the next tick", what, e);
    }
  }
}
