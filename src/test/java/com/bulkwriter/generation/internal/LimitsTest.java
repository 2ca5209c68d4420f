package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LimitsTest {

  @Test
  void underTwoRequestsASecondEveryIntervalKeepsRoomForJitterOnTheWayOut() {
    // one request a second: a per-second window holds one, so calls are spaced 1.08 s apart
    assertThat(new Limits(60, null).requestsPerMinute())
        .isCloseTo(60_000.0 / (1_000 + Limits.SLOW_JITTER_MILLIS), within(0.001));
  }

  @Test
  void veryLowRatesKeepAtLeastTheSlowHeadroom() {
    // one request every 10 s: 80 ms is under 1 %, so the 5 % share binds
    assertThat(new Limits(6, null).requestsPerMinute())
        .isCloseTo(6 * Limits.SLOW_HEADROOM, within(0.001));
  }

  @Test
  void fasterRatesKeepOnlyTheUsualHeadroom() {
    assertThat(new Limits(600, null).requestsPerMinute())
        .isCloseTo(600 * Limits.HEADROOM, within(0.001));
  }
}
