package com.bulkwriter.webhooks.internal;

import java.time.Duration;

/** Durations as people say them, for messages: "24 h", "90 min", "5 s". */
final class Durations {

  private Durations() {}

  static String words(Duration duration) {
    if (duration.toSeconds() % 3600 == 0 && duration.toHours() > 0) {
      return duration.toHours() + " h";
    }
    if (duration.toSeconds() % 60 == 0 && duration.toMinutes() > 0) {
      return duration.toMinutes() + " min";
    }
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }
}
