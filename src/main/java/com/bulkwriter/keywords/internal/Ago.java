package com.bulkwriter.keywords.internal;

import java.time.Duration;
import java.time.Instant;

/** How long ago something happened, in the words a person would use ("3 weeks ago"). */
public final class Ago {

  private Ago() {}

  public static String between(Instant then, Instant now) {
    Duration age = Duration.between(then, now);
    long minutes = age.toMinutes();
    if (minutes < 1) {
      return "just now";
    }
    if (minutes < 60) {
      return plural(minutes, "minute");
    }
    long hours = age.toHours();
    if (hours < 24) {
      return plural(hours, "hour");
    }
    long days = age.toDays();
    if (days < 2) {
      return "yesterday";
    }
    if (days < 14) {
      return plural(days, "day");
    }
    if (days < 60) {
      return plural(days / 7, "week");
    }
    if (days < 365) {
      return plural(days / 30, "month");
    }
    return plural(days / 365, "year");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s") + " ago";
  }
}
