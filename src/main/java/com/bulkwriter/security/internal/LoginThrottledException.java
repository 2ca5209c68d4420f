package com.bulkwriter.security.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for an account or from an address: answered with 429. */
class LoginThrottledException extends AuthenticationException {

  private final Duration retryAfter;

  LoginThrottledException(Duration retryAfter) {
    super(
        "Too many failed sign-ins; try again in "
            + Math.max(1, retryAfter.toSeconds())
            + " seconds");
    this.retryAfter = retryAfter;
  }

  long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
