package com.bulkwriter.queue.internal;

import java.time.Clock;

/**
 * Counts events over the last minute in one-second buckets. Hand-written because Micrometer's
 * counters only give totals and rates depend on the scraper; this gives the number a dashboard
 * wants without one.
 */
final class ThroughputWindow {

  private static final int SECONDS = 60;

  private final Clock clock;
  private final long[] second = new long[SECONDS];
  private final int[] count = new int[SECONDS];

  ThroughputWindow(Clock clock) {
    this.clock = clock;
  }

  synchronized void record() {
    long now = clock.millis() / 1000;
    int slot = (int) (now % SECONDS);
    if (second[slot] != now) {
      second[slot] = now;
      count[slot] = 0;
    }
    count[slot]++;
  }

  synchronized int lastMinute() {
    long now = clock.millis() / 1000;
    int total = 0;
    for (int i = 0; i < SECONDS; i++) {
      if (now - second[i] < SECONDS) {
        total += count[i];
      }
    }
    return total;
  }
}
