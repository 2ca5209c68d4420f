package com.bulkwriter.generation.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * The request and token buckets one provider's calls are paced with, rebuilt whenever the {@link
 * Limits} in force change. Both refill continuously, so calls are spread evenly, never in bursts:
 * providers enforce per-minute limits over shorter windows (600 a minute as 10 a second). The
 * request bucket holds 200 ms of requests (at least one), enough to make up for a late wake-up or a
 * slow round trip to a shared bucket, and a fifth of what a per-second window holds; the token
 * bucket holds a second's worth, and a call charged more than that takes the rest as a debt that
 * later calls wait for. Buckets are keyed by provider, base URL and limit, so on PostgreSQL every
 * node pacing to the same limit draws on one budget.
 */
final class PaceBudget {

  private final Buckets buckets;
  private final String key;
  private final Limits limits;
  private volatile Pair current;

  PaceBudget(Buckets buckets, String key, Limits limits) {
    this.buckets = buckets;
    this.key = key;
    this.limits = limits;
  }

  /**
   * Takes one request and {@code tokens} when both are there now (checked together: neither is kept
   * when the other is missing); else how long until they may be.
   *
   * @return {@code null} once taken
   */
  ProviderGate.Wait take(long tokens) {
    Pair pair = pair();
    long now = Math.min(tokens, pair.tokenCapacity());
    if (pair.tokens() != null) {
      ConsumptionProbe probe = pair.tokens().tryConsumeAndReturnRemaining(now);
      if (!probe.isConsumed()) {
        return new ProviderGate.Wait(
            "the tokens-per-minute budget is spent", probe.getNanosToWaitForRefill());
      }
    }
    if (pair.requests() != null) {
      ConsumptionProbe probe = pair.requests().tryConsumeAndReturnRemaining(1);
      if (!probe.isConsumed()) {
        if (pair.tokens() != null) {
          pair.tokens().addTokens(now); // taken a moment ago for a call that was not sent
        }
        return new ProviderGate.Wait(
            "the requests-per-minute budget is spent", probe.getNanosToWaitForRefill());
      }
    }
    if (pair.tokens() != null && tokens > now) {
      pair.tokens().consumeIgnoringRateLimits(tokens - now);
    }
    return null;
  }

  /** Tokens a call used beyond what it was charged at admission. */
  void charge(long tokens) {
    Pair pair = current;
    if (pair != null && pair.tokens() != null) {
      pair.tokens().consumeIgnoringRateLimits(tokens);
    }
  }

  private Pair pair() {
    long requestsPerMinute = rounded(limits.requestsPerMinute());
    long tokensPerMinute = rounded(limits.tokensPerMinute());
    Pair pair = current;
    if (pair != null
        && pair.requestsPerMinute() == requestsPerMinute
        && pair.tokensPerMinute() == tokensPerMinute) {
      return pair;
    }
    boolean first = pair == null;
    long requestCapacity = Math.max(1, requestsPerMinute / 300); // 200 ms worth
    long tokenCapacity = Math.max(1, tokensPerMinute / 60); // one second's worth
    pair =
        new Pair(
            requestsPerMinute,
            tokensPerMinute,
            requestsPerMinute == 0
                ? null
                : buckets.bucket(
                    key + "|rpm|" + requestsPerMinute,
                    evenly(requestCapacity, requestsPerMinute, first)),
            tokensPerMinute == 0
                ? null
                : buckets.bucket(
                    key + "|tpm|" + tokensPerMinute, evenly(tokenCapacity, tokensPerMinute, first)),
            tokensPerMinute == 0 ? Long.MAX_VALUE : tokenCapacity);
    current = pair;
    return pair;
  }

  private static long rounded(Double perMinute) {
    return perMinute == null ? 0 : Math.max(1, Math.round(perMinute));
  }

  /**
   * A bucket of {@code capacity} that refills {@code perMinute} continuously. Only the first one
   * starts full; a later one starts empty, because the calls made before it (the probe that taught
   * the limit, the calls at the pace it replaces) were charged by the provider already.
   */
  private static BucketConfiguration evenly(long capacity, long perMinute, boolean first) {
    long nanosPerCapacity = (long) (60e9 * capacity / perMinute);
    return BucketConfiguration.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(capacity)
                .refillGreedy(capacity, Duration.ofNanos(Math.max(1, nanosPerCapacity)))
                .initialTokens(first ? capacity : 0)
                .build())
        .build();
  }

  private record Pair(
      long requestsPerMinute,
      long tokensPerMinute,
      Bucket requests,
      Bucket tokens,
      long tokenCapacity) {}
}
