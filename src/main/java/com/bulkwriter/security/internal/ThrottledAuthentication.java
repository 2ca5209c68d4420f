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
 * Username and password checks (the JSON sign-in and HTTP Basic alike): credentials longer than any
 * account's are refused before anything else, then the {@link LoginThrottle} refuses at once while
 * the username and address must wait, and counts the failures. A success carries the account's
 * sign-in version ({@link SignIn}), so that ending the account's sign-ins ends it.
 */
class ThrottledAuthentication implements AuthenticationProvider {

  private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);

  private final AuthenticationProvider passwords;
  private final LoginThrottle throttle;
  private final Accounts accounts;

  ThrottledAuthentication(
      AuthenticationProvider passwords, LoginThrottle throttle, Accounts accounts) {
    this.passwords = passwords;
    this.throttle = throttle;
    this.accounts = accounts;
  }

  @Override
  public Authentication authenticate(Authentication attempt) throws AuthenticationException {
    CredentialsTooLongException.check(attempt.getName(), attempt.getCredentials());
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
    // read before the check: a reset racing this sign-in leaves it with the older version
    int version = accounts.find(account).map(Account::signInVersion).orElse(0);
    Authentication checked;
    try {
      checked = passwords.authenticate(attempt);
    } catch (AuthenticationException failed) {
      throttle.failed(account, address);
      log.info("Failed sign-in for {} from {}", LogSafe.of(account), LogSafe.of(address));
      // one answer for unknown users, wrong passwords and disabled accounts
      throw new BadCredentialsException("Wrong username or password", failed);
    }
    throttle.succeeded(account, address);
    var signedIn =
        UsernamePasswordAuthenticationToken.authenticated(
            checked.getPrincipal(), null, checked.getAuthorities());
    signedIn.setDetails(SignIn.password(version));
    return signedIn;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
