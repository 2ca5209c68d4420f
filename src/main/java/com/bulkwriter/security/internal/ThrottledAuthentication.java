package com.bulkwriter.security.internal;

import com.bulkwriter.support.LogSafe;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password checks (the JSON sign-in and HTTP Basic alike) behind the {@link
 * LoginThrottle}: refused at once while throttled, counted when they fail.
 */
class ThrottledAuthentication implements AuthenticationProvider {

  private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);

  private final AuthenticationProvider passwords;
  private final LoginThrottle throttle;

  ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
    this.passwords = passwords;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication attempt) throws AuthenticationException {
    String account = AccountService.normalise(attempt.getName());
    String address =
        attempt.getDetails() instanceof WebAuthenticationDetails details
            ? details.getRemoteAddress()
            : "";
    Duration wait = throttle.waitBefore(account, address);
    if (!wait.isZero()) {
      log.warn("Sign-in for {} from {} throttled", LogSafe.of(account), LogSafe.of(address));
      throw new LoginThrottledException(wait);
    }
    try {
      return passwords.authenticate(attempt);
    } catch (AuthenticationException failed) {
      throttle.failed(account, address);
      log.info("Failed sign-in for {} from {}", LogSafe.of(account), LogSafe.of(address));
      // one answer for unknown users, wrong passwords and disabled accounts
      throw new BadCredentialsException("Wrong username or password", failed);
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
