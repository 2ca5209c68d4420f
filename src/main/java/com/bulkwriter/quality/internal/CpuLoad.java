package com.bulkwriter.quality.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * How busy the machine's processors are, as the JVM sees them (the container's share where there is
 * one): read at most every {@link #EVERY}, since a reading over a shorter time is mostly noise.
 */
@Component
class CpuLoad {

  static final Duration EVERY = Duration.ofMillis(500);

  private final com.sun.management.OperatingSystemMXBean system =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final Clock clock;
  private Instant readAt = Instant.MIN;
  private double load;

  CpuLoad(Clock clock) {
    this.clock = clock;
  }

  /**
   * The share (0 to 1) of the processors in use lately, by every process; 0 when the platform does
   * not tell.
   */
  synchronized double recent() {
    Instant now = clock.instant();
    if (Duration.between(readAt, now).compareTo(EVERY) >= 0) {
      // the first reading covers the time since the JVM started, each later one the time since
      // the reading before
      load = Math.max(0, system.getCpuLoad());
      readAt = now;
    }
    return load;
  }
}
