package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.ProviderLimits;
import com.bulkwriter.generation.ProviderPace;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admits calls to one provider so that its limits are used fully but not exceeded. One dispatcher
 * per node: callers line up (first come, first served) and only the one at the head waits for the
 * pace, checking requests and tokens together, so nobody holds a reservation that others cannot use
 * and a limit learned meanwhile applies at once. The head goes when: the circuit breaker is closed,
 * no {@code retry-after} holds the provider, the provider's limits are known (the very first call
 * goes alone, as a probe, and its answer's headers tell them), and the {@link PaceBudget} has room.
 * A call that could not be admitted within {@code admission-wait} is refused as rate limited, so
 * its article goes back to the queue without spending an attempt.
 */
final class ProviderGate {

  private static final Logger log = LoggerFactory.getLogger(ProviderGate.class);

  /** Longest the head sleeps before it looks again (limits learned meanwhile apply then). */
  private static final long MAX_NAP = TimeUnit.MILLISECONDS.toNanos(100);

  /** How often the head looks whether the probe's answer has come. */
  private static final long PROBE_NAP = TimeUnit.MILLISECONDS.toNanos(5);

  /** Calls waiting at the gate beyond those in flight, so the pace never waits for a claim. */
  static final int SPARE = 4;

  private final String name;
  private final Limits limits;
  private final Calls calls;
  private final PaceBudget budget;
  private final CircuitBreaker breaker;
  private final Duration admissionWait;
  private final Duration openFor;
  private final Clock clock;
  private final ReentrantLock turn = new ReentrantLock(true);
  private final AtomicReference<Instant> holdUntil = new AtomicReference<>(Instant.MIN);
  private volatile boolean probing;

  ProviderGate(
      ProviderSettings settings,
      String name,
      Buckets buckets,
      GenerationProperties properties,
      Clock clock) {
    this.name = name;
    this.admissionWait = properties.admissionWait();
    this.openFor = properties.circuitOpenFor();
    this.clock = clock;
    this.limits =
        new Limits(
            ProviderSettings.ceiling(settings.requestsPerMinute()),
            ProviderSettings.ceiling(settings.tokensPerMinute()));
    this.calls = new Calls(ProviderSettings.ceiling(settings.maxConcurrency()));
    this.budget = new PaceBudget(buckets, name + "|" + settings.baseUrl(), limits);
    this.breaker =
        CircuitBreaker.of(
            name,
            CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(properties.circuitWindow())
                .minimumNumberOfCalls(Math.max(2, properties.circuitWindow() / 2))
                .failureRateThreshold(properties.circuitFailureRate())
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
  }

  /**
   * Waits until a call charged {@code estimatedTokens} (prompt + {@code max_tokens}) may be made.
   *
   * @throws GenerationFailure rate limited, when it could not be admitted in time
   */
  Permit admit(int estimatedTokens) {
    if (!breaker.tryAcquirePermission()) {
      throw GenerationFailure.rateLimited(
          name + " failed too often; its circuit breaker is open", openFor);
    }
    boolean admitted = false;
    try {
      long deadline = System.nanoTime() + admissionWait.toNanos();
      if (!turn.tryLock(admissionWait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw refused("the calls ahead of it took the whole admission wait", Duration.ofSeconds(1));
      }
      Permit permit;
      try {
        permit = dispatch(estimatedTokens, deadline);
      } finally {
        turn.unlock();
      }
      admitted = true;
      return permit;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refused("interrupted while waiting for its turn", Duration.ZERO);
    } finally {
      if (!admitted) {
        breaker.releasePermission();
      }
    }
  }

  /** The head of the line: waits for whatever stops it, then takes its share of the budget. */
  private Permit dispatch(int estimatedTokens, long deadline) throws InterruptedException {
    while (true) {
      Wait wait = nextWait(estimatedTokens);
      long now = System.nanoTime();
      if (wait == null) {
        boolean probe = !limits.heard();
        probing = probe;
        return new Permit(calls.started(now, estimatedTokens), estimatedTokens, now, probe);
      }
      if (now + wait.nanos() > deadline) {
        throw refused(wait.reason(), Duration.ofNanos(wait.nanos()));
      }
      Thread.sleep(Duration.ofNanos(Math.min(wait.nanos(), MAX_NAP)));
    }
  }

  /** What the head still waits for; {@code null} once its budget is taken. */
  private Wait nextWait(int estimatedTokens) {
    Duration hold = Duration.between(clock.instant(), holdUntil.get());
    if (hold.isPositive()) {
      return new Wait("it asked us to wait", hold.toNanos());
    }
    if (probing && !limits.heard()) {
      return new Wait("its first answer, which tells its limits, has not come", PROBE_NAP);
    }
    boolean paced = limits.requestsPerMinute() != null || limits.tokensPerMinute() != null;
    if (!calls.roomFor(paced)) {
      return new Wait("too many calls in flight", MAX_NAP);
    }
    return budget.take(estimatedTokens);
  }

  /**
   * Reads every response's headers: the limits the provider announces, and a budget it says is
   * spent (only for a limit it does not announce; under an announced one the pace already keeps
   * below it) holds calls until it resets.
   */
  void observe(HttpHeaders headers) {
    try {
      RateLimitHeaders.Announced announced = RateLimitHeaders.announced(headers);
      limits.announced(announced);
      RateLimitHeaders.exhausted(
              headers,
              clock.instant(),
              announced.requestsPerMinute() == null,
              announced.tokensPerMinute() == null)
          .ifPresent(this::hold);
    } catch (RuntimeException e) {
      log.warn("Could not read the rate-limit headers of {}", name, e);
    }
  }

  /** The limits in force (announced, capped by configured ceilings, or learned), for users. */
  ProviderLimits limitsInForce() {
    return new ProviderLimits(asInt(limits.requestsLimit()), asInt(limits.tokensLimit()), null);
  }

  private static Integer asInt(Long value) {
    return value == null ? null : (int) Math.min(Integer.MAX_VALUE, value);
  }

  /** The pace in force now, and the calls in flight it takes (Little's law). */
  ProviderPace pace() {
    long now = System.nanoTime();
    Double requests = limits.requestsPerMinute();
    Double tokens = limits.tokensPerMinute();
    double perCall = calls.tokensPerCall();
    Double byTokens = tokens != null && perCall > 0 ? tokens / perCall : null;
    Double callsPerMinute = requests;
    if (byTokens != null && (requests == null || byTokens < requests)) {
      callsPerMinute = byTokens;
    }
    ProviderPace.Limit binding;
    ProviderPace.Source source;
    if (byTokens != null && (requests == null || byTokens < requests)
        || requests == null && tokens != null) {
      binding = ProviderPace.Limit.TOKENS;
      source = limits.tokensSource();
    } else if (requests != null) {
      binding = ProviderPace.Limit.REQUESTS;
      source = limits.requestsSource();
    } else {
      binding = ProviderPace.Limit.NONE;
      source = ProviderPace.Source.NONE;
    }
    Duration callTime = calls.callTime(now);
    return new ProviderPace(
        requests,
        tokens,
        callsPerMinute,
        binding,
        source,
        callTime,
        inFlightTarget(callsPerMinute, callTime));
  }

  /**
   * Calls this node should have in flight or waiting at the gate: Little's law (the paced rate
   * times the call time, with a fifth more for calls slower than average and half a second of calls
   * for the queue to notice), plus {@link #SPARE}. Before the limits are known, only the probe and
   * a few behind it; for an endpoint without known limits, its adaptive cap.
   */
  private int inFlightTarget(Double callsPerMinute, Duration callTime) {
    if (!limits.heard()) {
      return SPARE;
    }
    if (callsPerMinute == null) {
      return calls.cap() + SPARE;
    }
    double seconds = callTime.toNanos() / 1e9 * 1.2 + 0.5;
    long target = (long) Math.ceil(callsPerMinute / 60 * seconds) + SPARE;
    Integer ceiling = calls.ceiling();
    return (int) Math.min(ceiling == null ? 100_000 : ceiling + SPARE, target);
  }

  CircuitBreaker.State circuit() {
    return breaker.getState();
  }

  private void hold(Duration wait) {
    Instant until = clock.instant().plus(wait);
    holdUntil.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
  }

  private GenerationFailure refused(String why, Duration retryAfter) {
    return GenerationFailure.rateLimited(name + ": " + why, retryAfter);
  }

  /** What stops the head of the line, and for how long at most. */
  record Wait(String reason, long nanos) {}

  /** One admitted call; report how it ended exactly once. Neither report ever throws. */
  final class Permit {
    private final long id;
    private final long estimatedTokens;
    private final long startNanos;
    private final boolean probe;

    private Permit(long id, long estimatedTokens, long startNanos, boolean probe) {
      this.id = id;
      this.estimatedTokens = estimatedTokens;
      this.startNanos = startNanos;
      this.probe = probe;
    }

    /**
     * The call succeeded. Tokens charged beyond the estimate are taken from the budget; unused ones
     * are not given back, because the provider charged them at admission too. Bookkeeping that
     * fails (a shared bucket's database blip) is logged, never thrown: the answer is paid.
     */
    void succeeded(long usedTokens) {
      long now = System.nanoTime();
      try {
        endProbe();
        calls.ended(id, now, true, true);
        limits.succeeded();
        if (usedTokens > estimatedTokens) {
          budget.charge(usedTokens - estimatedTokens);
        }
      } catch (RuntimeException e) {
        log.warn("Could not account a call to {} that succeeded; its answer is kept", name, e);
      } finally {
        breaker.onSuccess(now - startNanos, TimeUnit.NANOSECONDS);
      }
    }

    /** The provider's answer began with {@code status}: a call it took counts at once. */
    void answered(int status) {
      try {
        calls.answered(id, status != 429);
      } catch (RuntimeException e) {
        log.warn("Could not account an answer of {}", name, e);
      }
    }

    void failed(GenerationFailure failure) {
      long now = System.nanoTime();
      long elapsed = now - startNanos;
      try {
        endProbe();
        boolean tooMany = failure instanceof ProviderErrors.TooManyRequests;
        calls.ended(id, now, false, !tooMany);
        switch (failure.kind()) {
          case RATE_LIMITED -> {
            hold(failure.retryAfter());
            if (tooMany) {
              if (limits.rateLimited(calls.acceptedPerMinute(now), startNanos, now)) {
                calls.overloaded();
              }
            }
            breaker.releasePermission();
          }
          case PERMANENT ->
              // the provider works; it only refused this input
              breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
          default -> {
            if (failure instanceof ChatClient.TimedOut) {
              calls.overloaded();
            }
            breaker.onError(elapsed, TimeUnit.NANOSECONDS, failure);
          }
        }
      } catch (RuntimeException e) {
        log.warn("Could not account a failed call to {}", name, e);
      }
    }

    private void endProbe() {
      if (probe) {
        probing = false;
      }
    }
  }
}
