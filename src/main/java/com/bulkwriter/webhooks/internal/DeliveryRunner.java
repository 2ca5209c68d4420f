package com.bulkwriter.webhooks.internal;

import com.bulkwriter.support.secrets.SecretBox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers what the outbox holds, on every node: claims due deliveries with a lease, makes one
 * attempt each (at most {@code concurrency} at once), stores the attempt and the outcome fenced by
 * the lease, schedules retries, and disables endpoints that keep failing. Deliveries whose node
 * died are rescued when their lease expires, so every event is delivered at least once.
 */
@Component
class DeliveryRunner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DeliveryRunner.class);
  private static final Duration CLEANUP_EVERY = Duration.ofHours(1);

  private final Deliveries deliveries;
  private final Endpoints endpoints;
  private final WebhookSender sender;
  private final SigningSecrets secrets;
  private final WebhookProperties properties;
  private final Clock clock;
  private final RetrySchedule schedule;
  private final String node = "webhooks-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
  private final Semaphore wakeUp = new Semaphore(0);
  private final Semaphore slots;
  private volatile boolean running;
  private Thread dispatcher;
  private ExecutorService workers;
  private Instant lastCleanup = Instant.MIN;

  DeliveryRunner(
      Deliveries deliveries,
      Endpoints endpoints,
      WebhookSender sender,
      SigningSecrets secrets,
      WebhookProperties properties,
      Clock clock) {
    this.deliveries = deliveries;
    this.endpoints = endpoints;
    this.sender = sender;
    this.secrets = secrets;
    this.properties = properties;
    this.clock = clock;
    this.schedule = new RetrySchedule(properties, () -> ThreadLocalRandom.current().nextDouble());
    this.slots = new Semaphore(properties.concurrency());
  }

  /** Looks for due deliveries now instead of at the next poll (a new event, a test send). */
  void wake() {
    wakeUp.release();
  }

  private void dispatch() {
    while (running) {
      try {
        wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        wakeUp.drainPermits();
        if (running) {
          round();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("Webhook delivery round failed; trying again in {}", properties.pollInterval(), e);
      }
    }
  }

  /** One round: rescue, claim what is due for the free slots, start the attempts, clean up. */
  void round() throws InterruptedException {
    Instant now = clock.instant();
    int rescued = deliveries.rescue(now);
    if (rescued > 0) {
      log.info("Rescued {} webhook deliveries whose node stopped mid-attempt", rescued);
    }
    int free = slots.availablePermits();
    if (free > 0) {
      List<Deliveries.Claimed> claimed =
          deliveries.claim(node, free, now, now.plus(properties.leaseDuration()));
      for (Deliveries.Claimed claim : claimed) {
        slots.acquire();
        workers.execute(
            () -> {
              try {
                deliver(claim);
              } catch (RuntimeException e) {
                log.warn("Storing the outcome of webhook delivery {} failed", claim.id(), e);
              } finally {
                slots.release();
              }
            });
      }
    }
    if (lastCleanup.plus(CLEANUP_EVERY).isBefore(now)) {
      lastCleanup = now;
      deliveries.deleteFinishedBefore(now.minus(properties.keepDeliveries()));
    }
  }

  private Delivery.Attempt attempt(Deliveries.Claimed claim) {
    String secret;
    try {
      secret = secrets.open(claim.endpointId(), claim.secret());
    } catch (SecretBox.SecretUnavailable e) {
      // nothing is sent unsigned; a node started with the right key delivers it on a retry
      return new Delivery.Attempt(
          claim.attempt(),
          clock.instant(),
          null,
          0,
          "The signing secret cannot be read: " + e.getMessage(),
          null);
    }
    return sender.send(
        claim.url(), secret, Delivery.webhookId(claim.id()), claim.payload(), claim.attempt());
  }

  /** One attempt of a claimed delivery, and what follows from it. */
  void deliver(Deliveries.Claimed claim) {
    Delivery.Attempt attempt = attempt(claim);
    deliveries.recordAttempt(claim.id(), attempt);
    Instant now = clock.instant();
    if (attempt.succeeded()) {
      deliveries.finish(claim, DeliveryStatus.SUCCEEDED, attempt, now);
      endpoints.succeeded(claim.endpointId());
      return;
    }
    endpoints.failed(claim.endpointId(), now);
    var next = schedule.next(claim.attempt(), claim.createdAt(), now);
    int failures = properties.disableAfterFailures();
    if (next.isPresent()) {
      deliveries.retryLater(claim, attempt, next.get());
      disableIfStillFailing(
          claim.endpointId(),
          now.minus(properties.disableAfter()),
          "every delivery attempt failed for %s (%d attempts or more in a row)"
              .formatted(Durations.words(properties.disableAfter()), failures),
          now);
    } else {
      deliveries.finish(claim, DeliveryStatus.FAILED, attempt, now);
      disableIfStillFailing(
          claim.endpointId(),
          now,
          "a delivery failed every attempt for %s, and the last %d attempts or more all failed"
              .formatted(Durations.words(properties.retryFor()), failures),
          now);
    }
  }

  /**
   * Disables the endpoint when it has failed every attempt since {@code cutoff} or earlier, at
   * least {@code disable-after-failures} of them in a row, and fails what still waits for it.
   */
  private void disableIfStillFailing(UUID endpointId, Instant cutoff, String why, Instant now) {
    String reason = "Disabled automatically: " + why + ". Fix the endpoint, then enable it again.";
    if (endpoints.autoDisable(endpointId, cutoff, properties.disableAfterFailures(), reason, now)) {
      int dropped = deliveries.failPending(endpointId, "The endpoint was disabled", now);
      log.warn(
          "Webhook endpoint {} disabled after persistent failure; {} waiting deliveries failed",
          endpointId,
          dropped);
    }
  }

  @Override
  public synchronized void start() {
    running = true;
    workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("webhook-", 0).factory());
    dispatcher = Thread.ofPlatform().name("webhook-dispatcher").daemon().start(this::dispatch);
  }

  @Override
  public synchronized void stop() {
    running = false;
    if (dispatcher != null) {
      dispatcher.interrupt();
      dispatcher = null;
    }
    if (workers != null) {
      // attempts in flight keep their lease; it expires and any node sends them again
      workers.shutdownNow();
      workers = null;
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
