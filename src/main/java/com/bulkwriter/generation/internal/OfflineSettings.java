package com.bulkwriter.generation.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the offline draft engine.
 *
 * @param delay how long writing one draft takes; 2 seconds unless set, so that a person trying the
 *     application can watch a batch progress. Tests and benchmarks set {@code 0}.
 */
@ConfigurationProperties("bulkwriter.offline")
record OfflineSettings(Duration delay) {

  static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);

  OfflineSettings {
    if (delay == null) {
      delay = DEFAULT_DELAY;
    }
    if (delay.isNegative()) {
      throw new IllegalArgumentException("bulkwriter.offline.delay must not be negative: " + delay);
    }
  }
}
