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

  @Test
  void aBurstOf429sToCallsSentBeforeTheCutCutsThePaceOnce() {
    // 1,200 configured, the provider takes 600 a minute and announces nothing
    Limits limits = new Limits(1_200, null);
    assertThat(limits.rateLimited(600.0, 10, 100)).isTrue();
    double cut = limits.requestsPerMinute();
    for (int sentBeforeTheCut = 11; sentBeforeTheCut < 60; sentBeforeTheCut++) {
      assertThat(limits.rateLimited(10.0, sentBeforeTheCut, 200)).isFalse();
    }
    assertThat(limits.requestsPerMinute()).isEqualTo(cut);
    assertThat(cut).isCloseTo(600 * Limits.CUT * Limits.HEADROOM, within(0.001));
  }

  @Test
  void beforeTheProviderHasTakenACallThePaceItWasSentAtIsCut() {
    Limits limits = new Limits(1_200, null);
    assertThat(limits.rateLimited(null, 10, 100)).isTrue();
    assertThat(limits.requestsPerMinute())
        .isCloseTo(1_200 * Limits.CUT * Limits.HEADROOM, within(0.001));
  }

  @Test
  void withNothingPacedAndNothingTakenA429TeachesNoPace() {
    Limits limits = new Limits(null, null);
    assertThat(limits.rateLimited(null, 10, 100)).isFalse();
    assertThat(limits.requestsPerMinute()).isNull();
  }

  @Test
  void aLearnedPaceCreepsBackUpButNotToWhereA429CameBefore() {
    Limits limits = new Limits(1_200, null);
    limits.rateLimited(600.0, 10, 100); // learned 510; 1,200 was too fast
    limits.rateLimited(700.0, 200, 300); // at 510 a 429 again: 510 was too fast too
    for (int i = 0; i < 100 * Limits.RECOVER_AFTER; i++) {
      limits.succeeded();
    }
    assertThat(limits.requestsLimit()).isLessThanOrEqualTo(Math.round(510 * Limits.CUT_KNOWN));
  }
}
