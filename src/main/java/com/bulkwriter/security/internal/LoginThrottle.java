package com.bulkwriter.security.internal;

import com.bulkwriter.security.internal.RecentFailures.Key;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone lock a user out. Failed sign-ins are counted per
 * (username, client address): the {@code login-free-attempts}-th failure makes that pair wait
 * {@code login-backoff}, and each further one twice as long, up to {@code login-backoff-max}; the
 * right password from another address is not slowed. An address that fails more than {@code
 * login-attempts-per-address} times within {@code login-window}, whatever the usernames, waits
 * until its allowance refills. A success clears its pair; a pair is forgotten a {@code
 * login-window} after its last wait ended. Kept in memory per node, bounded in entries and bytes
 * ({@link RecentFailures}).
 */
@Component
class LoginThrottle {

  /** Pairs and addresses tracked at most; about 100 bytes each. */
  static final int MAX_TRACKED = 20_000;

  /** Failures of one pair, and until when it must wait. */
  record Failures(int count, long blockedUntil, long expiresAt)
      implements RecentFailures.Expiring {}

  /** An address's allowance: {@code used} failures counted from {@code since}, refilling. */
  record Allowance(double used, long since, long expiresAt) implements RecentFailures.Expiring {}

  private final RecentFailures<Failures> byPair = new RecentFailures<>(MAX_TRACKED);
  private final RecentFailures<Allowance> byAddress = new RecentFailures<>(MAX_TRACKED);
  private final SecuritySettings settings;
  private final Clock clock;

  LoginThrottle(SecuritySettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** How long to wait before the next attempt, or {@link Duration#ZERO} when one is allowed. */
  Duration waitBefore(String account, String address) {
    long now = clock.millis();
    long wait = 0;
    Failures pair = byPair.get(Key.of(account, address), now);
    if (pair != null) {
      wait = Math.max(0, pair.blockedUntil() - now);
    }
    Allowance allowance = byAddress.get(Key.of(address), now);
    if (allowance != null) {
      double used = refilled(allowance, now);
      if (used + 1 > settings.loginAttemptsPerAddress()) {
        wait = Math.max(wait, (long) Math.ceil((used + 1 - capacity()) / perMilli()));
      }
    }
    return Duration.ofMillis(wait);
  }

  void failed(String account, String address) {
    long now = clock.millis();
    long window = settings.loginWindow().toMillis();
    byPair.update(
        Key.of(account, address),
        now,
        previous -> {
          int count = previous == null ? 1 : previous.count() + 1;
          long blockedUntil = now + backoff(count).toMillis();
          return new Failures(count, blockedUntil, blockedUntil + window);
        });
    byAddress.update(
        Key.of(address),
        now,
        previous -> {
          double used = (previous == null ? 0 : refilled(previous, now)) + 1;
          return new Allowance(used, now, now + window);
        });
  }

  void succeeded(String account, String address) {
    byPair.remove(Key.of(account, address));
  }

  /** How long a pair waits after its {@code count}-th failure. */
  Duration backoff(int count) {
    int over = count - settings.loginFreeAttempts();
    if (over < 0) {
      return Duration.ZERO;
    }
    Duration max = settings.loginBackoffMax();
    Duration wait = settings.loginBackoff();
    for (int i = 0; i < over && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }

  int tracked() {
    return byPair.size() + byAddress.size();
  }

  private double refilled(Allowance allowance, long now) {
    return Math.max(0, allowance.used() - (now - allowance.since()) * perMilli());
  }

  private double capacity() {
    return settings.loginAttemptsPerAddress();
  }

  /** Failures the address allowance regains per millisecond: all of them over one window. */
  private double perMilli() {
    return capacity() / settings.loginWindow().toMillis();
  }
}
