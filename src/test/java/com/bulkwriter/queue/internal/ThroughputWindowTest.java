package com.bulkwriter.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThroughputWindowTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T12:00:00Z"));
  private final ThroughputWindow window = new ThroughputWindow(clock);

  @Test
  void nothingRecordedCountsZero() {
    assertThat(window.lastMinute()).isZero();
  }

  @Test
  void eventsOfTheLastMinuteAreAllCounted() {
    record(3);
    clock.advance(Duration.ofSeconds(30));
    record(2);
    clock.advance(Duration.ofSeconds(29));

    assertThat(window.lastMinute()).isEqualTo(5);
  }

  @Test
  void anEventCountsForSixtySecondsAndThenDropsOut() {
    record(4);

    clock.advance(Duration.ofSeconds(59));
    assertThat(window.lastMinute()).isEqualTo(4);

    clock.advance(Duration.ofSeconds(1));
    assertThat(window.lastMinute()).isZero();
  }

  @Test
  void onlyTheLastSixtySecondsCountAsTheWindowSlides() {
    for (int second = 0; second < 150; second++) {
      record(2);
      clock.advance(Duration.ofSeconds(1));
    }

    assertThat(window.lastMinute()).isEqualTo(2 * 59);
    record(1);
    assertThat(window.lastMinute()).isEqualTo(2 * 59 + 1);
  }

  @Test
  void aSlotReusedAMinuteLaterForgetsItsOldCount() {
    record(10);
    clock.advance(Duration.ofSeconds(60));
    record(1);

    assertThat(window.lastMinute()).isEqualTo(1);

    clock.advance(Duration.ofMinutes(10));
    record(2);
    assertThat(window.lastMinute()).isEqualTo(2);
  }

  @Test
  void manyEventsInOneSecondAreAllCounted() {
    record(500);
    clock.advance(Duration.ofMillis(999));

    assertThat(window.lastMinute()).isEqualTo(500);
  }

  @Test
  void aLongIdlePeriodEmptiesTheWindow() {
    record(7);
    clock.advance(Duration.ofHours(3));

    assertThat(window.lastMinute()).isZero();
  }

  private void record(int times) {
    for (int i = 0; i < times; i++) {
      window.record();
    }
  }
}
