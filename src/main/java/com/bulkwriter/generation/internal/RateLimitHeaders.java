package com.bulkwriter.generation.internal;

import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how long a provider wants us to wait from its response headers: {@code retry-after-ms},
 * {@code retry-after} (seconds or an HTTP date), OpenAI's {@code x-ratelimit-*} (resets as
 * durations like {@code 6m0s} or {@code 12ms}) and Anthropic's {@code anthropic-ratelimit-*}
 * (resets as RFC 3339 times); and the limits a provider announces on every answer ({@code
 * x-ratelimit-limit-requests}, {@code anthropic-ratelimit-tokens-limit} …).
 */
final class RateLimitHeaders {

  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

  private RateLimitHeaders() {}

  /**
   * The per-minute limits a response announces; {@code null} for a limit it does not name.
   *
   * @param requestsPerMinute {@code x-ratelimit-limit-requests} or {@code
   *     anthropic-ratelimit-requests-limit}
   * @param tokensPerMinute {@code x-ratelimit-limit-tokens} or {@code
   *     anthropic-ratelimit-tokens-limit}
   */
  record Announced(Long requestsPerMinute, Long tokensPerMinute) {
    boolean any() {
      return requestsPerMinute != null || tokensPerMinute != null;
    }
  }

  static Announced announced(HttpHeaders headers) {
    return new Announced(
        limit(headers, "x-ratelimit-limit-requests", "anthropic-ratelimit-requests-limit"),
        limit(headers, "x-ratelimit-limit-tokens", "anthropic-ratelimit-tokens-limit"));
  }

  private static Long limit(HttpHeaders headers, String openAi, String anthropic) {
    return headers
        .firstValue(openAi)
        .or(() -> headers.firstValue(anthropic))
        .flatMap(RateLimitHeaders::number)
        .filter(n -> n.signum() > 0)
        .map(BigDecimal::longValue)
        .orElse(null);
  }

  /** How long a 429 (or 503) asks us to wait; empty when it does not say. */
  static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
    Optional<Duration> millis =
        headers.firstValue("retry-after-ms").flatMap(RateLimitHeaders::number).map(ms -> ms(ms));
    if (millis.isPresent()) {
      return millis;
    }
    Optional<String> retryAfter = headers.firstValue("retry-after");
    if (retryAfter.isPresent()) {
      Optional<Duration> seconds =
          number(retryAfter.get()).map(s -> ms(s.multiply(BigDecimal.valueOf(1000))));
      return seconds.isPresent() ? seconds : httpDate(retryAfter.get(), now);
    }
    return longest(
        reset(headers, "x-ratelimit-reset-requests", now),
        reset(headers, "x-ratelimit-reset-tokens", now),
        reset(headers, "anthropic-ratelimit-requests-reset", now),
        reset(headers, "anthropic-ratelimit-tokens-reset", now));
  }

  /**
   * When a successful response says a budget is used up ({@code x-ratelimit-remaining-requests:
   * 0}), how long until it resets; empty while something remains.
   */
  static Optional<Duration> exhausted(HttpHeaders headers, Instant now) {
    return exhausted(headers, now, true, true);
  }

  /** As {@link #exhausted(HttpHeaders, Instant)}, looking only at the budgets asked for. */
  static Optional<Duration> exhausted(
      HttpHeaders headers, Instant now, boolean requests, boolean tokens) {
    Optional<Duration> none = Optional.empty();
    return longest(
        requests
            ? whenZero(headers, "x-ratelimit-remaining-requests", "x-ratelimit-reset-requests", now)
            : none,
        tokens
            ? whenZero(headers, "x-ratelimit-remaining-tokens", "x-ratelimit-reset-tokens", now)
            : none,
        requests
            ? whenZero(
                headers,
                "anthropic-ratelimit-requests-remaining",
                "anthropic-ratelimit-requests-reset",
                now)
            : none,
        tokens
            ? whenZero(
                headers,
                "anthropic-ratelimit-tokens-remaining",
                "anthropic-ratelimit-tokens-reset",
                now)
            : none);
  }

  /**
   * A duration as OpenAI writes it ({@code 6m0s}, {@code 1.5s}, {@code 12ms}, {@code 1h2m}) or a
   * plain number of seconds.
   */
  static Optional<Duration> duration(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = text.strip();
    Optional<BigDecimal> plain = number(value);
    if (plain.isPresent()) {
      return Optional.of(ms(plain.get().multiply(BigDecimal.valueOf(1000))));
    }
    Matcher matcher = PART.matcher(value);
    BigDecimal millis = BigDecimal.ZERO;
    int end = 0;
    while (matcher.find() && matcher.start() == end) {
      BigDecimal amount = new BigDecimal(matcher.group(1));
      long unit =
          switch (matcher.group(2)) {
            case "h" -> 3_600_000;
            case "m" -> 60_000;
            case "s" -> 1_000;
            default -> 1;
          };
      millis = millis.add(amount.multiply(BigDecimal.valueOf(unit)));
      end = matcher.end();
    }
    return end == value.length() && end > 0 ? Optional.of(ms(millis)) : Optional.empty();
  }

  private static Optional<Duration> whenZero(
      HttpHeaders headers, String remaining, String reset, Instant now) {
    boolean zero =
        headers.firstValue(remaining).flatMap(RateLimitHeaders::number).stream()
            .anyMatch(n -> n.signum() <= 0);
    return zero ? reset(headers, reset, now) : Optional.empty();
  }

  private static Optional<Duration> reset(HttpHeaders headers, String name, Instant now) {
    return headers
        .firstValue(name)
        .flatMap(value -> duration(value).or(() -> timestamp(value, now)));
  }

  private static Optional<Duration> timestamp(String value, Instant now) {
    try {
      return Optional.of(positive(Duration.between(now, OffsetDateTime.parse(value.strip()))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> httpDate(String value, Instant now) {
    try {
      ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
      return Optional.of(positive(Duration.between(now, at)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @SafeVarargs
  private static Optional<Duration> longest(Optional<Duration>... candidates) {
    Duration longest = null;
    for (Optional<Duration> candidate : candidates) {
      if (candidate.isPresent() && (longest == null || candidate.get().compareTo(longest) > 0)) {
        longest = candidate.get();
      }
    }
    return Optional.ofNullable(longest);
  }

  private static Optional<BigDecimal> number(String text) {
    try {
      return Optional.of(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Duration ms(BigDecimal millis) {
    return positive(
        Duration.ofMillis(millis.setScale(0, java.math.RoundingMode.CEILING).longValue()));
  }

  private static Duration positive(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }
}
