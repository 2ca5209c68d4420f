package com.bulkwriter.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T12:00:00Z"));
  final LoginThrottle throttle =
      new LoginThrottle(
          new SecuritySettings(
              null,
              null,
              null,
              null,
              3,
              Duration.ofSeconds(2),
              Duration.ofSeconds(30),
              1_000_000,
              Duration.ofMinutes(10),
              null,
              null),
          clock);

  @Test
  void afterTheFreeAttemptsEachFailureDoublesTheWaitUpToTheMaximum() {
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.waitBefore("alice", "10.0.0.1")).isZero();
      throttle.failed("alice", "10.0.0.1");
    }
    assertThat(throttle.waitBefore("alice", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
    assertThat(throttle.waitBefore("alice", "10.0.0.2")).as("another address").isZero();
    assertThat(throttle.waitBefore("bob", "10.0.0.1")).as("another name").isZero();

    clock.advance(Duration.ofSeconds(2));
    throttle.failed("alice", "10.0.0.1");
    assertThat(throttle.waitBefore("alice", "10.0.0.1")).isEqualTo(Duration.ofSeconds(4));
    clock.advance(Duration.ofSeconds(4));
    throttle.failed("alice", "10.0.0.1");
    assertThat(throttle.waitBefore("alice", "10.0.0.1")).isEqualTo(Duration.ofSeconds(8));
    assertThat(throttle.backoff(20)).isEqualTo(Duration.ofSeconds(30));
    assertThat(throttle.backoff(10_000)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aSuccessClearsThePairAndFailuresAreForgottenAfterTheWindow() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("alice", "10.0.0.1");
    }
    throttle.succeeded("alice", "10.0.0.1");
    assertThat(throttle.waitBefore("alice", "10.0.0.1")).isZero();

    for (int i = 0; i < 5; i++) {
      throttle.failed("bob", "10.0.0.1");
    }
    assertThat(throttle.waitBefore("bob", "10.0.0.1")).isPositive();
    clock.advance(Duration.ofMinutes(11));
    assertThat(throttle.waitBefore("bob", "10.0.0.1")).isZero();
    throttle.failed("bob", "10.0.0.1");
    assertThat(throttle.waitBefore("bob", "10.0.0.1")).as("counting starts again").isZero();
  }

  @Test
  void stateIsBoundedHoweverManyAndHoweverLongTheNamesAre() {
    String longName = "x".repeat(4_096); // the sign-in path refuses longer ones before this
    for (int i = 0; i < 3 * LoginThrottle.MAX_TRACKED; i++) {
      throttle.failed(longName + i, "10.0." + (i / 250) + "." + (i % 250));
    }
    assertThat(throttle.tracked()).isLessThanOrEqualTo(2 * LoginThrottle.MAX_TRACKED);
  }
}
