package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLimitHeadersTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @ParameterizedTest
  @CsvSource({"6m0s,360000", "12ms,12", "1.5s,1500", "1h2m3s,3723000", "20,20000", "0.25,250"})
  void resetValuesAreReadAsDurationStrings(String text, long millis) {
    assertThat(RateLimitHeaders.duration(text)).contains(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @CsvSource({"soon", "6x", "''", "5s later"})
  void unreadableDurationsAreIgnored(String text) {
    assertThat(RateLimitHeaders.duration(text)).isEmpty();
  }

  @Test
  void theLimitsBothProvidersAnnounceAreReadAndMissingOnesStayUnknown() {
    var openAi =
        headers(Map.of("x-ratelimit-limit-requests", "600", "x-ratelimit-limit-tokens", "150000"));
    assertThat(RateLimitHeaders.announced(openAi))
        .isEqualTo(new RateLimitHeaders.Announced(600L, 150_000L));
    var anthropic = headers(Map.of("anthropic-ratelimit-requests-limit", "50"));
    assertThat(RateLimitHeaders.announced(anthropic))
        .isEqualTo(new RateLimitHeaders.Announced(50L, null));
    assertThat(RateLimitHeaders.announced(headers(Map.of("retry-after", "1"))).any()).isFalse();
  }

  @Test
  void aSpentBudgetIsOnlyHeldForWhenItsLimitIsNotAnnounced() {
    var spent =
        headers(Map.of("x-ratelimit-remaining-requests", "0", "x-ratelimit-reset-requests", "2s"));
    assertThat(RateLimitHeaders.exhausted(spent, NOW, false, true)).isEmpty();
    assertThat(RateLimitHeaders.exhausted(spent, NOW, true, true)).contains(Duration.ofSeconds(2));
  }

  @Test
  void retryAfterMillisecondsWinsOverSeconds() {
    var headers = headers(Map.of("retry-after-ms", "250", "retry-after", "1"));
    assertThat(RateLimitHeaders.retryAfter(headers, NOW)).contains(Duration.ofMillis(250));
  }

  @Test
  void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
    assertThat(RateLimitHeaders.retryAfter(headers(Map.of("retry-after", "7")), NOW))
        .contains(Duration.ofSeconds(7));
    assertThat(
            RateLimitHeaders.retryAfter(
                headers(Map.of("retry-after", "Sat, 28 Nov 2026 10:00:30 GMT")), NOW))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void withoutRetryAfterTheLongestResetIsUsed() {
    var headers =
        headers(Map.of("x-ratelimit-reset-requests", "1s", "x-ratelimit-reset-tokens", "6m0s"));
    assertThat(RateLimitHeaders.retryAfter(headers, NOW)).contains(Duration.ofMinutes(6));
  }

  @Test
  void aSpentBudgetHoldsUntilItsResetAndAnthropicResetsAreTimestamps() {
    assertThat(
            RateLimitHeaders.exhausted(
                headers(
                    Map.of(
                        "x-ratelimit-remaining-requests", "0", "x-ratelimit-reset-requests", "2s")),
                NOW))
        .contains(Duration.ofSeconds(2));
    assertThat(
            RateLimitHeaders.exhausted(
                headers(
                    Map.of(
                        "anthropic-ratelimit-requests-remaining",
                        "0",
                        "anthropic-ratelimit-requests-reset",
                        "2026-11-28T10:00:05Z")),
                NOW))
        .contains(Duration.ofSeconds(5));
    assertThat(
            RateLimitHeaders.exhausted(
                headers(
                    Map.of(
                        "x-ratelimit-remaining-requests", "3", "x-ratelimit-reset-requests", "2s")),
                NOW))
        .isEmpty();
  }

  private static HttpHeaders headers(Map<String, String> values) {
    Map<String, List<String>> map = new java.util.HashMap<>();
    values.forEach((k, v) -> map.put(k, List.of(v)));
    return HttpHeaders.of(map, (a, b) -> true);
  }
}
