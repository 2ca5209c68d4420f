package com.bulkwriter.security.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address in token buckets (Bucket4j) that refill
 * over {@code bulkwriter.security.login-window}; when either is empty, sign-in is refused until it
 * refills. Kept in memory per node, bounded so that made-up names cannot exhaust memory.
 */
@Component
class LoginThrottle {

  private static final int MAX_TRACKED = 10_000;

  private final Map<String, Bucket> byAccount = lru();
  private final Map<String, Bucket> byAddress = lru();
  private final SecuritySettings settings;
  private final TimeMeter time;

  LoginThrottle(SecuritySettings settings, Clock clock) {
    this.settings = settings;
    this.time =
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
          }

          @Override
          public boolean isWallClockBased() {
            return true;
          }
        };
  }

  /** How long to wait before the next attempt, or {@link Duration#ZERO} when one is allowed. */
  Duration waitBefore(String account, String address) {
    long nanos =
        Math.max(
            wait(byAccount, account, settings.loginAttemptsPerAccount()),
            wait(byAddress, address, settings.loginAttemptsPerAddress()));
    return Duration.ofNanos(nanos);
  }

  void failed(String account, String address) {
    bucket(byAccount, account, settings.loginAttemptsPerAccount()).tryConsume(1);
    bucket(byAddress, address, settings.loginAttemptsPerAddress()).tryConsume(1);
  }

  private long wait(Map<String, Bucket> buckets, String key, int capacity) {
    var probe = bucket(buckets, key, capacity).estimateAbilityToConsume(1);
    return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
  }

  private Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
    return buckets.computeIfAbsent(
        key == null ? "" : key,
        k ->
            Bucket.builder()
                .addLimit(
                    limit ->
                        limit.capacity(capacity).refillGreedy(capacity, settings.loginWindow()))
                .withCustomTimePrecision(time)
                .build());
  }

  private static Map<String, Bucket> lru() {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_TRACKED;
          }
        });
  }
}
