package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.GenerationFailure;
import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.AIMDLimit;
import com.netflix.concurrency.limits.limiter.BlockingLimiter;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Admits calls to one provider so that its limits are used fully but not exceeded: an open circuit
 * breaker refuses at once; a {@code retry-after} the provider sent holds every call; an adaptive
 * cap (AIMD, shrinking on 429s and timeouts) bounds the calls in flight; then a request bucket and
 * a token bucket pace calls evenly, never in bursts. A call that could not be admitted within
 * {@code admission-wait} is refused as rate limited, so its article goes back to the queue without
 * spending an attempt.
 */
final class ProviderGate {

  /** Pace a little under the limit: clocks and networks jitter, a 429 costs more than 1 %. */
  static final double HEADROOM = 0.99;

  private final String name;
  private final Bucket requests;
  private final Bucket tokens;
  private final long tokenCapacity;
  private final Limiter<Void> inFlight;
  private final CircuitBreaker breaker;
  private final Duration admissionWait;
  private final Duration openFor;
  private final Clock clock;
  private final AtomicReference<Instant> holdUntil = new AtomicReference<>(Instant.MIN);

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
    String key = name + "|" + settings.baseUrl();
    this.requests =
        buckets.bucket(
            key + "|rpm|" + settings.requestsPerMinute(), evenly(1, settings.requestsPerMinute()));
    this.tokenCapacity = Math.max(1, settings.tokensPerMinute() / 60);
    this.tokens =
        buckets.bucket(
            key + "|tpm|" + settings.tokensPerMinute(),
            evenly(tokenCapacity, settings.tokensPerMinute()));
    AIMDLimit limit =
        AIMDLimit.newBuilder()
            .initialLimit(settings.maxConcurrency())
            .maxLimit(settings.maxConcurrency())
            .minLimit(1)
            .backoffRatio(0.9)
            // the library's 5 s default would count every long LLM call as a drop
            .timeout(settings.timeout().toNanos(), TimeUnit.NANOSECONDS)
            .build();
    this.inFlight =
        BlockingLimiter.wrap(SimpleLimiter.newBuilder().limit(limit).build(), admissionWait);
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
   * A bucket of {@code capacity} that refills {@code perMinute} (less the headroom) continuously,
   * so the budget is spent evenly over the minute.
   */
  private static BucketConfiguration evenly(long capacity, long perMinute) {
    long nanosPerCapacity = (long) (60e9 * capacity / (perMinute * HEADROOM));
    return BucketConfiguration.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(capacity)
                .refillGreedy(capacity, Duration.ofNanos(Math.max(1, nanosPerCapacity)))
                .build())
        .build();
  }

  /**
   * Waits until a call of about {@code estimatedTokens} may be made.
   *
   * @throws GenerationFailure rate limited, when it could not be admitted in time
   */
  Permit admit(int estimatedTokens) {
    if (!breaker.tryAcquirePermission()) {
      throw GenerationFailure.rateLimited(
          name + " failed too often; its circuit breaker is open", openFor);
    }
    Limiter.Listener slot = null;
    try {
      waitForHold();
      slot =
          inFlight
              .acquire(null)
              .orElseThrow(() -> refused("too many calls in flight", Duration.ofSeconds(1)));
      long now = Math.min(estimatedTokens, tokenCapacity);
      if (!requests.asBlocking().tryConsume(1, admissionWait)) {
        throw refused("the requests-per-minute budget is spent", admissionWait);
      }
      if (!tokens.asBlocking().tryConsume(now, admissionWait)) {
        requests.addTokens(1);
        throw refused("the tokens-per-minute budget is spent", admissionWait);
      }
      if (estimatedTokens > now) {
        tokens.consumeIgnoringRateLimits(estimatedTokens - now); // a debt later calls wait for
      }
      return new Permit(slot, estimatedTokens, System.nanoTime());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      release(slot);
      throw refused("interrupted while waiting for a slot", Duration.ZERO);
    } catch (GenerationFailure refused) {
      release(slot);
      throw refused;
    }
  }

  /** Reads rate-limit budgets from any response: a spent one holds calls until it resets. */
  void observe(HttpHeaders headers) {
    RateLimitHeaders.exhausted(headers, clock.instant()).ifPresent(this::hold);
  }

  CircuitBreaker.State circuit() {
    return breaker.getState();
  }

  private void hold(Duration wait) {
    Instant until = clock.instant().plus(wait);
    holdUntil.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
  }

  private void waitForHold() throws InterruptedException {
    Duration wait = Duration.between(clock.instant(), holdUntil.get());
    if (wait.isNegative() || wait.isZero()) {
      return;
    }
    if (wait.compareTo(admissionWait) > 0) {
      throw refused("it asked us to wait", wait);
    }
    Thread.sleep(wait);
  }

  private GenerationFailure refused(String why, Duration retryAfter) {
    return GenerationFailure.rateLimited(name + ": " + why, retryAfter);
  }

  private void release(Limiter.Listener slot) {
    if (slot != null) {
      slot.onIgnore();
    }
    breaker.releasePermission();
  }

  /** One admitted call; report how it ended exactly once. */
  final class Permit {
    private final Limiter.Listener slot;
    private final long estimatedTokens;
    private final long startNanos;

    private Permit(Limiter.Listener slot, long estimatedTokens, long startNanos) {
      this.slot = slot;
      this.estimatedTokens = estimatedTokens;
      this.startNanos = startNanos;
    }

    /** The call succeeded; the token budget is corrected to what it really used. */
    void succeeded(long usedTokens) {
      long unused = estimatedTokens - usedTokens;
      if (unused > 0) {
        tokens.addTokens(unused);
      } else if (unused < 0) {
        tokens.consumeIgnoringRateLimits(-unused);
      }
      slot.onSuccess();
      breaker.onSuccess(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    void failed(GenerationFailure failure) {
      long elapsed = System.nanoTime() - startNanos;
      switch (failure.kind()) {
        case RATE_LIMITED -> {
          hold(failure.retryAfter());
          slot.onDropped();
          breaker.releasePermission();
        }
        case PERMANENT -> {
          // the provider works; it only refused this input
          slot.onIgnore();
          breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
        }
        default -> {
          if (failure instanceof ChatClient.TimedOut) {
            slot.onDropped();
          } else {
            slot.onIgnore();
          }
          breaker.onError(elapsed, TimeUnit.NANOSECONDS, failure);
        }
      }
    }
  }
}
