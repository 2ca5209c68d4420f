package com.bulkwriter.quality.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * How much of the machine's processors this node uses (of the container's share where there is
 * one): read at most every {@link #EVERY}, since a reading over a shorter time is mostly noise. Its
 * own use, not the machine's: a local model server (Ollama, vLLM) keeping the processors busy is
 * not the queue, and the checks need not wait for it.
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
   * The share (0 to 1) of the processors this process used lately; 0 when the platform does not
   * tell.
   */
  synchronized double recent() {
    Instant now = clock.instant();
    if (Duration.between(readAt, now).compareTo(EVERY) >= 0) {
      // the first reading covers the time since the JVM started, each later one the time since
      // the reading before
      load = Math.max(0, system.getProcessCpuLoad());
      readAt = now;
    }
    return load;
  }
}
