package com.bulkwriter.keywords.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgoTest {

  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

  @Test
  void agesReadAsAPersonWouldSayThem() {
    assertThat(ago(Duration.ofSeconds(20))).isEqualTo("just now");
    assertThat(ago(Duration.ofMinutes(1))).isEqualTo("1 minute ago");
    assertThat(ago(Duration.ofMinutes(45))).isEqualTo("45 minutes ago");
    assertThat(ago(Duration.ofHours(5))).isEqualTo("5 hours ago");
    assertThat(ago(Duration.ofHours(30))).isEqualTo("yesterday");
    assertThat(ago(Duration.ofDays(4))).isEqualTo("4 days ago");
    assertThat(ago(Duration.ofDays(21))).isEqualTo("3 weeks ago");
    assertThat(ago(Duration.ofDays(90))).isEqualTo("3 months ago");
    assertThat(ago(Duration.ofDays(400))).isEqualTo("1 year ago");
  }

  private static String ago(Duration age) {
    return Ago.between(NOW.minus(age), NOW);
  }
}
