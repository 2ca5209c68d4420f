package com.bulkwriter.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves forward by hand: stopped at a given instant, or {@link #ticking() running}
 * with the system clock, shifted by what the test added.
 */
public final class MutableClock extends Clock {

  private volatile Instant now;
  private volatile Duration shift = Duration.ZERO;

  public MutableClock(Instant start) {
    this.now = start;
  }

  /**
   * A clock that runs like the system's, for a whole application under test (leases and waits still
   * pass), until {@link #advance} skips ahead.
   */
  public static MutableClock ticking() {
    return new MutableClock(null);
  }

  public void advance(Duration duration) {
    if (now != null) {
      now = now.plus(duration);
    } else {
      shift = shift.plus(duration);
    }
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    Instant stopped = now;
    return stopped != null ? stopped : Instant.now().plus(shift);
  }
}
