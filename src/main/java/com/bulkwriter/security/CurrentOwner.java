package com.bulkwriter.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user a request is served for. Everything a user creates is stored with {@link
 * #get()} as its owner; reads are filtered by {@link #scope()}, which lets an admin see every
 * owner's things. Code that runs without a request (the queue's workers) never asks this class: it
 * takes the owner from the stored batch.
 */
@Component
public class CurrentOwner {

  /** The authority of administrators. */
  public static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

  /**
   * The signed-in user's name: the owner of whatever this request creates.
   *
   * @throws AuthenticationCredentialsNotFoundException when nobody is signed in (answered 401)
   */
  public String get() {
    return authentication().getName();
  }

  /**
   * The owner filter for reads and changes: the signed-in user's name, or {@code null} for an
   * admin, meaning "every owner". Queries take it as {@code (:owner IS NULL OR owner = :owner)}.
   */
  public @Nullable String scope() {
    return isAdmin() ? null : get();
  }

  public boolean isAdmin() {
    return authentication().getAuthorities().stream()
        .anyMatch(authority -> ADMIN_AUTHORITY.equals(authority.getAuthority()));
  }

  private static Authentication authentication() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated()) {
      throw new AuthenticationCredentialsNotFoundException("Nobody is signed in");
    }
    return authentication;
  }
}
