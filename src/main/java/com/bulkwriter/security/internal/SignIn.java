package com.bulkwriter.security.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * How a signed-in user proved who they are, kept as the details of the {@link Authentication} (and
 * so in the session): with an API token ({@code tokenId}), or with a password while the account's
 * sign-in version was {@code version}. Sessions from before sign-in versions existed count as
 * version 0.
 */
record SignIn(@Nullable UUID tokenId, int version) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  static SignIn token(UUID tokenId) {
    return new SignIn(tokenId, -1);
  }

  static SignIn password(int version) {
    return new SignIn(null, version);
  }

  static SignIn of(Authentication authentication) {
    return authentication.getDetails() instanceof SignIn signIn ? signIn : password(0);
  }

  boolean holdsFor(Account account, Accounts accounts) {
    if (!account.enabled()) {
      return false;
    }
    return tokenId == null ? version == account.signInVersion() : accounts.tokenLive(tokenId);
  }
}
