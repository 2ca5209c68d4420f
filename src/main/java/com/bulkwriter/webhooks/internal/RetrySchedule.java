package com.bulkwriter.webhooks.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: the n-th retry waits between half and all of {@code
 * backoff-base · 2^(n-1)}, capped at {@code backoff-max} (the jitter keeps endpoints that failed
 * together from being hit together again), for as long as the event is younger than {@code
 * retry-for}; after that the delivery has failed.
 */
final class RetrySchedule {

  private final Duration base;
  private final Duration max;
  private final Duration retryFor;
  private final DoubleSupplier random;

  RetrySchedule(WebhookProperties properties, DoubleSupplier random) {
    this.base = properties.backoffBase();
    this.max = properties.backoffMax();
    this.retryFor = properties.retryFor();
    this.random = random;
  }

  /**
   * The time of the next attempt after {@code attempts} failed ones of a delivery created at {@code
   * createdAt}, or empty when it should not be tried again.
   */
  Optional<Instant> next(int attempts, Instant createdAt, Instant now) {
    Duration ceiling = base.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
    if (ceiling.compareTo(max) > 0 || ceiling.isNegative()) {
      ceiling = max;
    }
    long ceilingMillis = ceiling.toMillis();
    long wait =
        ceilingMillis / 2 + (long) (random.getAsDouble() * (ceilingMillis - ceilingMillis / 2));
    Instant next = now.plusMillis(wait);
    return next.isAfter(createdAt.plus(retryFor)) ? Optional.empty() : Optional.of(next);
  }
}
