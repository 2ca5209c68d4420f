package com.bulkwriter.generation.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The calls one provider has in flight on this node and what they teach: how long a call takes, the
 * tokens an average call is charged, the rate the provider took calls at lately, and — for an
 * endpoint that announces no limits — an adaptive cap on calls in flight (one more after each
 * success, a quarter less after a 429 or a timeout). Thread-safe.
 */
final class Calls {

  /** Weight of the newest observation in the smoothed averages. */
  private static final double SMOOTHING = 0.1;

  /** Calls in flight allowed at first to an endpoint that announces no limits. */
  static final int FIRST_CAP = 8;

  /** The admissions the recent rate is measured over. */
  private static final int RECENT = 64;

  private final Integer ceiling;
  private final Map<Long, Long> started = new HashMap<>();
  private final ArrayDeque<Long> accepted = new ArrayDeque<>();
  private final Set<Long> answered = new HashSet<>();
  private long nextId;
  private double callNanos;
  private double tokensPerCall;
  private double cap = FIRST_CAP;

  /**
   * @param ceiling the configured most calls in flight, {@code null} when unset
   */
  Calls(Integer ceiling) {
    this.ceiling = ceiling;
    if (ceiling != null) {
      cap = Math.min(cap, ceiling);
    }
  }

  /** A call was admitted now; returns its id for {@link #ended}. */
  synchronized long started(long nowNanos, long estimatedTokens) {
    long id = nextId++;
    started.put(id, nowNanos);
    tokensPerCall =
        tokensPerCall == 0
            ? estimatedTokens
            : tokensPerCall + SMOOTHING * (estimatedTokens - tokensPerCall);
    return id;
  }

  /**
   * A call ended.
   *
   * @param completed it ran to a complete answer, so its time says how long calls take
   * @param accepted the provider took it (it was not answered 429)
   */
  synchronized void ended(long id, long nowNanos, boolean completed, boolean accepted) {
    Long start = started.remove(id);
    if (start == null) {
      return;
    }
    boolean counted = answered.remove(id);
    if (accepted && !counted) {
      accept(start);
    }
    if (completed) {
      long took = nowNanos - start;
      callNanos = callNanos == 0 ? took : callNanos + SMOOTHING * (took - callNanos);
      cap = Math.min(cap + 1, ceiling == null ? Double.MAX_VALUE : ceiling);
    }
  }

  /**
   * The provider answered a call that is still streaming: when it took it (not a 429), that counts
   * towards the rate it takes calls at now, not only once the answer is complete — a 429 that comes
   * while the first answers stream must see the calls taken before it.
   */
  synchronized void answered(long id, boolean accepted) {
    Long start = started.get(id);
    if (accepted && start != null && answered.add(id)) {
      accept(start);
    }
  }

  private void accept(long start) {
    accepted.addLast(start);
    if (accepted.size() > RECENT) {
      accepted.removeFirst();
    }
  }

  /** A 429 or a timeout: fewer calls at once, for endpoints whose limits are not known. */
  synchronized void overloaded() {
    cap = Math.max(1, cap * 0.75);
  }

  synchronized int inFlight() {
    return started.size();
  }

  /** Whether one more call may start: under the configured ceiling, and the adaptive cap. */
  synchronized boolean roomFor(boolean paced) {
    int limit = paced ? (ceiling == null ? Integer.MAX_VALUE : ceiling) : (int) cap;
    return started.size() < limit;
  }

  /** The configured most calls in flight; {@code null} when unset. */
  Integer ceiling() {
    return ceiling;
  }

  /** The adaptive cap on calls in flight for an endpoint that announces no limits. */
  synchronized int cap() {
    return (int) cap;
  }

  /**
   * How long a call takes: the smoothed time of finished calls; before the first has finished, the
   * age of the oldest running call (so a slow first answer counts before it ends).
   */
  synchronized Duration callTime(long nowNanos) {
    if (callNanos > 0) {
      return Duration.ofNanos((long) callNanos);
    }
    long oldest = 0;
    for (long start : started.values()) {
      oldest = Math.max(oldest, nowNanos - start);
    }
    return Duration.ofNanos(oldest);
  }

  /** Tokens an average call is charged at admission; zero before the first. */
  synchronized double tokensPerCall() {
    return tokensPerCall;
  }

  /**
   * Calls per minute the provider took lately (not answered 429), over the last {@value #RECENT} of
   * them and at least one second; {@code null} before it has taken any.
   */
  synchronized Double acceptedPerMinute(long nowNanos) {
    if (accepted.isEmpty()) {
      return null;
    }
    double span = Math.max(nowNanos - accepted.getFirst(), 1e9);
    return accepted.size() * 60e9 / span;
  }
}
