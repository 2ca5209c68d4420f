package com.bulkwriter.security;

import java.security.Principal;
import java.util.function.Predicate;

/**
 * Whether a user who signed in earlier (a WebSocket session's principal, kept since its handshake)
 * still counts as signed in: the account is enabled and the token it used is not revoked, or its
 * password sign-in was not ended since (see {@link SignInsEnded}).
 */
public final class SignIns {

  private final Predicate<Principal> stillValid;

  public SignIns(Predicate<Principal> stillValid) {
    this.stillValid = stillValid;
  }

  public boolean stillValid(Principal user) {
    return user != null && stillValid.test(user);
  }
}
