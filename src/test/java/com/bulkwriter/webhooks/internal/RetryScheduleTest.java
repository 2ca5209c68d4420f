package com.bulkwriter.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  static final Instant CREATED = Instant.parse("2026-12-03T12:00:00Z");

  static WebhookProperties defaults() {
    return DestinationsTest.properties(false);
  }

  @Test
  void theNthRetryWaitsBetweenHalfAndAllOfBaseTimesTwoToTheNMinusOneCappedAtTheMaximum() {
    var shortest = new RetrySchedule(defaults(), () -> 0.0);
    var longest = new RetrySchedule(defaults(), () -> 0.999999);

    assertThat(wait(shortest, 1)).isEqualTo(Duration.ofSeconds(15));
    assertThat(wait(longest, 1)).isBetween(Duration.ofMillis(29_990), Duration.ofSeconds(30));
    assertThat(wait(shortest, 3)).isEqualTo(Duration.ofSeconds(60));
    assertThat(wait(longest, 3)).isBetween(Duration.ofMillis(119_990), Duration.ofMinutes(2));
    // 30 s · 2^9 is over the 2 h cap
    assertThat(wait(longest, 10)).isBetween(Duration.ofMillis(7_199_990), Duration.ofHours(2));
    assertThat(wait(shortest, 60)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void retriesStopOnce24HoursHavePassedSinceTheEvent() {
    var schedule = new RetrySchedule(defaults(), () -> 0.5);
    Instant late = CREATED.plus(Duration.ofHours(23));

    assertThat(schedule.next(12, CREATED, late)).isEmpty();
    assertThat(schedule.next(1, CREATED, late)).isPresent();
    assertThat(schedule.next(1, CREATED, CREATED.plus(Duration.ofHours(24)))).isEmpty();
  }

  @Test
  void theWholeScheduleSpansAbout24HoursOfAttempts() {
    var schedule = new RetrySchedule(defaults(), () -> 0.5);
    Instant now = CREATED;
    int attempts = 1;
    for (var next = schedule.next(attempts, CREATED, now);
        next.isPresent();
        next = schedule.next(attempts, CREATED, now)) {
      now = next.get();
      attempts++;
    }
    assertThat(Duration.between(CREATED, now))
        .isBetween(Duration.ofHours(22), Duration.ofHours(24));
    assertThat(attempts).isBetween(15, 25);
  }

  private static Duration wait(RetrySchedule schedule, int attempts) {
    Instant now = CREATED.plusSeconds(1);
    return Duration.between(now, schedule.next(attempts, CREATED, now).orElseThrow());
  }
}
