package com.bulkwriter.progress.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Time left for one batch from its recent throughput: an exponentially weighted moving average of
 * articles finished per second (time constant {@code window}), so one slow or fast minute moves the
 * estimate smoothly instead of making it jump. Time spent paused does not count as zero throughput:
 * after a pause the next sample starts afresh.
 */
final class Eta {

  private final double windowSeconds;
  private Instant lastAt;
  private int lastFinished;
  private double rate = Double.NaN;

  Eta(Duration window) {
    this.windowSeconds = window.toMillis() / 1000.0;
  }

  /**
   * Records that {@code finished} articles were finished at {@code now} and returns the seconds
   * left for {@code remaining} articles, or {@code null} when not running or nothing finished yet.
   */
  Long update(Instant now, int finished, int remaining, boolean running) {
    if (!running) {
      lastAt = null; // a pause or a stop: start afresh when the batch runs again
      return null;
    }
    if (lastAt == null || finished < lastFinished) {
      lastAt = now;
      lastFinished = finished;
      return estimate(remaining);
    }
    double seconds = Duration.between(lastAt, now).toMillis() / 1000.0;
    if (seconds <= 0) {
      return estimate(remaining);
    }
    double sample = (finished - lastFinished) / seconds;
    if (Double.isNaN(rate)) {
      rate = sample;
    } else {
      double weight = 1 - Math.exp(-seconds / windowSeconds);
      rate += weight * (sample - rate);
    }
    lastAt = now;
    lastFinished = finished;
    return estimate(remaining);
  }

  private Long estimate(int remaining) {
    if (remaining <= 0) {
      return 0L;
    }
    if (Double.isNaN(rate) || rate <= 0) {
      return null;
    }
    return Math.max(0L, Math.round(remaining / rate));
  }
}
