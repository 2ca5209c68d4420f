package com.bulkwriter.queue.internal;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the n-th retry waits between half and all of {@code base ·
 * 2^(n-1)}, capped at {@code max}, so retries of many articles spread out instead of arriving
 * together.
 */
final class Backoff {

  private final Duration base;
  private final Duration max;
  private final RandomGenerator random;

  Backoff(Duration base, Duration max, RandomGenerator random) {
    this.base = base;
    this.max = max;
    this.random = random;
  }

  /** The delay after the given failed attempt (1 for the first). */
  Duration after(int attempt) {
    int exponent = Math.clamp((long) attempt - 1, 0, 30);
    long ceiling = Math.min(max.toMillis(), base.toMillis() << Math.min(exponent, 20));
    long half = ceiling / 2;
    return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
  }
}
