package com.bulkwriter.progress.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EtaTest {

  private final Instant start = Instant.parse("2026-11-28T12:00:00Z");

  @Test
  void steadyThroughputGivesRemainingOverRate() {
    Eta eta = new Eta(Duration.ofSeconds(60));
    assertThat(eta.update(start, 0, 100, true)).isNull(); // nothing to judge by yet
    assertThat(eta.update(start.plusSeconds(10), 10, 90, true)).isEqualTo(90L); // 1 per second
    assertThat(eta.update(start.plusSeconds(20), 20, 80, true)).isEqualTo(80L);
  }

  @Test
  void aSuddenBurstMovesTheEstimateSmoothly() {
    Eta eta = new Eta(Duration.ofSeconds(60));
    eta.update(start, 0, 100, true);
    eta.update(start.plusSeconds(10), 10, 90, true);
    Long afterBurst = eta.update(start.plusSeconds(11), 40, 60, true); // 30 in one second
    // a raw estimate would say 2 s; the smoothed rate is about 1.5 per second
    assertThat(afterBurst).isBetween(30L, 50L);
  }

  @Test
  void aPauseIsNotCountedAsZeroThroughput() {
    Eta eta = new Eta(Duration.ofSeconds(60));
    eta.update(start, 0, 100, true);
    eta.update(start.plusSeconds(10), 10, 90, true);
    assertThat(eta.update(start.plusSeconds(20), 10, 90, false)).isNull();
    assertThat(eta.update(start.plusSeconds(3600), 10, 90, true)).isEqualTo(90L);
    assertThat(eta.update(start.plusSeconds(3610), 20, 80, true)).isEqualTo(80L);
  }

  @Test
  void neverNegativeAndZeroWhenNothingIsLeft() {
    Eta eta = new Eta(Duration.ofSeconds(60));
    eta.update(start, 0, 10, true);
    assertThat(eta.update(start.plusSeconds(5), 10, 0, true)).isZero();
    assertThat(eta.update(start.plusSeconds(6), 10, -3, true)).isZero();
    assertThat(eta.update(start.plusSeconds(6), 10, 5, true)).isPositive();
  }

  @Test
  void noThroughputMeansNoEstimate() {
    Eta eta = new Eta(Duration.ofSeconds(60));
    eta.update(start, 0, 10, true);
    assertThat(eta.update(start.plusSeconds(5), 0, 10, true)).isNull();
  }
}
