package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.ProviderPace;

/**
 * The limits one provider's calls are paced to. What the provider announces on its answers is the
 * limit; a configured value is only a ceiling above it (never a default that binds below it). A
 * provider that announces nothing is paced at its configured values, or not at all until it answers
 * 429: then the pace drops below the rate it was being called at, and creeps back up while no 429
 * comes. A 429 under an announced limit (another client shares the key) lowers the pace the same
 * way. Thread-safe.
 */
final class Limits {

  /** Pace a little under the limit: clocks, scheduling and networks jitter; a 429 costs more. */
  static final double HEADROOM = 0.98;

  /**
   * Under {@value #SLOW} requests a minute a provider's per-second window holds a single request,
   * so two calls that reach it closer together than one interval are one too many. What brings them
   * closer is jitter on the way out (a thread scheduled late, a connection slower to write), which
   * is a time, not a share of the rate: keep {@value #SLOW_JITTER_MILLIS} ms spare in every
   * interval, and at least 5 %.
   */
  static final double SLOW_HEADROOM = 0.95;

  static final int SLOW = 120;

  static final long SLOW_JITTER_MILLIS = 80;

  /** What share of the rate the provider took calls at lately a pace learned from 429s keeps. */
  static final double CUT = 0.85;

  /**
   * How far one 429 lowers the pace under a known limit: the pace was right, the calls came to the
   * provider bunched (or someone else uses the key), so a small step suffices.
   */
  static final double CUT_KNOWN = 0.9;

  /** How far the pace creeps back up after {@link #RECOVER_AFTER} calls without a 429. */
  static final double RECOVERY = 1.02;

  static final int RECOVER_AFTER = 100;

  private final Integer configuredRequests;
  private final Integer configuredTokens;
  private Long announcedRequests;
  private Long announcedTokens;
  private Double learnedRequests;
  private double share = 1;
  private int sinceRateLimited;
  private boolean heard;
  private Long cutAtNanos;
  private Double tooFast;

  /**
   * @param configuredRequests requests-per-minute ceiling, {@code null} when unset
   * @param configuredTokens tokens-per-minute ceiling, {@code null} when unset
   */
  Limits(Integer configuredRequests, Integer configuredTokens) {
    this.configuredRequests = configuredRequests;
    this.configuredTokens = configuredTokens;
  }

  /** Whether any response has been read yet: until then one call goes out alone, as a probe. */
  synchronized boolean heard() {
    return heard;
  }

  /** Reads what a response announces. */
  synchronized void announced(RateLimitHeaders.Announced announced) {
    heard = true;
    if (announced.requestsPerMinute() != null) {
      announcedRequests = announced.requestsPerMinute();
    }
    if (announced.tokensPerMinute() != null) {
      announcedTokens = announced.tokensPerMinute();
    }
  }

  /** Whether the provider announces a limit on requests (or on tokens). */
  synchronized boolean announcesRequests() {
    return announcedRequests != null;
  }

  synchronized boolean announcesTokens() {
    return announcedTokens != null;
  }

  /**
   * The provider answered 429 to a call sent at {@code sentAtNanos}. A 429 to a call sent before
   * the last cut says nothing new (it was sent at the pace already cut), so it changes nothing:
   * otherwise a burst of them would cut the pace again and again, down to nothing. Under a limit
   * the provider announces, the pace drops a little ({@link #CUT_KNOWN}); otherwise it drops to
   * {@link #CUT} of the rate the provider took calls at lately, or of the pace the 429 came at when
   * lower (or when the provider has taken nothing yet), and never creeps back up to where a 429
   * came before.
   *
   * @param acceptedPerMinute the rate the provider took calls at lately; {@code null} when none
   * @return whether the pace was cut
   */
  synchronized boolean rateLimited(Double acceptedPerMinute, long sentAtNanos, long nowNanos) {
    if (cutAtNanos != null && sentAtNanos - cutAtNanos < 0) {
      return false;
    }
    cutAtNanos = nowNanos;
    sinceRateLimited = 0;
    if (announcedRequests != null || announcedTokens != null) {
      share = Math.max(0.1, share * CUT_KNOWN);
      return true;
    }
    Double pace = unheadroomed();
    double from = acceptedPerMinute == null ? Double.MAX_VALUE : acceptedPerMinute;
    if (pace != null) {
      from = Math.min(from, pace);
      tooFast = tooFast == null ? pace : Math.min(tooFast, pace);
    }
    if (from == Double.MAX_VALUE) {
      return false; // nothing paced and nothing taken yet: the retry-after hold is all we know
    }
    learnedRequests = Math.max(1, from * CUT);
    return true;
  }

  /** A call went through; after enough of them without a 429 the pace creeps back up. */
  synchronized void succeeded() {
    if (++sinceRateLimited < RECOVER_AFTER) {
      return;
    }
    sinceRateLimited = 0;
    share = Math.min(1, share * RECOVERY);
    if (learnedRequests != null) {
      double next = learnedRequests * RECOVERY;
      // a pace that got a 429 before was too fast: creep up to just under it, not past it
      learnedRequests =
          tooFast == null ? next : Math.max(learnedRequests, Math.min(next, tooFast * CUT_KNOWN));
    }
  }

  /** The pace before headroom: the limit in force, or the one learned from 429s when lower. */
  private Double unheadroomed() {
    Long ceiling = ceiling(configuredRequests, announcedRequests);
    Double pace = ceiling == null ? null : ceiling * share;
    if (learnedRequests != null && (pace == null || learnedRequests < pace)) {
      pace = learnedRequests;
    }
    return pace;
  }

  /** Requests per minute to pace to; {@code null} when none is known. */
  synchronized Double requestsPerMinute() {
    Double pace = unheadroomed();
    if (pace == null) {
      return null;
    }
    return pace < SLOW ? slow(pace) : pace * HEADROOM;
  }

  /**
   * The pace for a rate under {@value #SLOW} a minute: each interval {@link #SLOW_JITTER_MILLIS}
   * longer.
   */
  private static double slow(double perMinute) {
    double spaced = 60_000 / (60_000 / perMinute + SLOW_JITTER_MILLIS);
    return Math.min(spaced, perMinute * SLOW_HEADROOM);
  }

  /**
   * The requests-per-minute limit as known, before the headroom the pace keeps below it: the
   * provider's announced limit capped by the configured ceiling, or what its 429s taught when
   * lower; {@code null} when none is known. What users are told binds, not the pace itself.
   */
  synchronized Long requestsLimit() {
    Long ceiling = ceiling(configuredRequests, announcedRequests);
    if (learnedRequests != null && (ceiling == null || learnedRequests < ceiling)) {
      return Math.round(learnedRequests);
    }
    return ceiling;
  }

  /** The tokens-per-minute limit as known, before headroom; {@code null} when none is. */
  synchronized Long tokensLimit() {
    return ceiling(configuredTokens, announcedTokens);
  }

  /** Tokens per minute to pace to; {@code null} when none is known. */
  synchronized Double tokensPerMinute() {
    Long ceiling = ceiling(configuredTokens, announcedTokens);
    return ceiling == null ? null : ceiling * share * HEADROOM;
  }

  synchronized ProviderPace.Source requestsSource() {
    Long ceiling = ceiling(configuredRequests, announcedRequests);
    if (learnedRequests != null && (ceiling == null || learnedRequests < ceiling * share)) {
      return ProviderPace.Source.LEARNED;
    }
    return source(configuredRequests, announcedRequests);
  }

  synchronized ProviderPace.Source tokensSource() {
    return source(configuredTokens, announcedTokens);
  }

  private static ProviderPace.Source source(Integer configured, Long announced) {
    if (announced != null && (configured == null || announced <= configured)) {
      return ProviderPace.Source.PROVIDER;
    }
    return configured != null ? ProviderPace.Source.CONFIGURED : ProviderPace.Source.NONE;
  }

  private static Long ceiling(Integer configured, Long announced) {
    if (configured == null) {
      return announced;
    }
    return announced == null ? configured.longValue() : Math.min(configured, announced);
  }
}
