package com.bulkwriter.publishing.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * When each post of a scheduled job goes live: {@code perDay} posts a day, spread evenly over the
 * daily window {@code [windowStart, windowEnd)} in the site's timezone, from {@code start} on. The
 * first slot of a day is at the window's start, the others follow at equal gaps; slots before
 * {@code start} are skipped, so the first post goes at the first slot at or after it. Local times a
 * clock change skips or repeats are resolved as {@link java.time.ZonedDateTime#of} does.
 */
record PublishSchedule(
    LocalDateTime start, int perDay, LocalTime windowStart, LocalTime windowEnd, ZoneId zone) {

  PublishSchedule {
    if (perDay < 1) {
      throw new IllegalArgumentException("perDay must be at least 1");
    }
    if (!windowStart.isBefore(windowEnd)) {
      throw new IllegalArgumentException("the window must start before it ends");
    }
  }

  /** The same schedule in the site's timezone. */
  PublishSchedule withZone(ZoneId siteZone) {
    return new PublishSchedule(start, perDay, windowStart, windowEnd, siteZone);
  }

  /** The first {@code count} slots, in order. */
  List<Instant> slots(int count) {
    List<Instant> slots = new ArrayList<>(count);
    Duration gap = Duration.between(windowStart, windowEnd).dividedBy(perDay);
    for (LocalDate day = start.toLocalDate(); slots.size() < count; day = day.plusDays(1)) {
      for (int i = 0; i < perDay && slots.size() < count; i++) {
        LocalDateTime slot = day.atTime(windowStart).plus(gap.multipliedBy(i));
        if (!slot.isBefore(start)) {
          slots.add(slot.atZone(zone).toInstant());
        }
      }
    }
    return slots;
  }
}
