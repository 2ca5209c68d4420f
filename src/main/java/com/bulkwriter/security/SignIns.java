package com.bulkwriter.security;

import java.security.Principal;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Whether a user who signed in earlier (a WebSocket session's principal, kept since its handshake)
 * still counts as signed in: the account is enabled and the token it used is not revoked, or its
 * password sign-in was not ended since (see {@link SignInsEnded}). Long-lived connections ask again
 * every {@link #recheckEvery()}, which catches sign-ins ended on another node.
 */
public final class SignIns {

  private final Predicate<Principal> stillValid;
  private final Duration recheckEvery;

  public SignIns(Predicate<Principal> stillValid, Duration recheckEvery) {
    this.stillValid = stillValid;
    this.recheckEvery = recheckEvery;
  }

  public Duration recheckEvery() {
    return recheckEvery;
  }

  public boolean stillValid(Principal user) {
    return user != null && stillValid.test(user);
  }
}
