package com.bulkwriter.security.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A stored user account. {@code signInVersion} grows each time every sign-in of the account is
 * ended (password reset or change, disable): a session signed in with an older version is over.
 */
public record Account(
    String username,
    String passwordHash,
    Role role,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt,
    int signInVersion) {

  UserDetails userDetails() {
    return User.withUsername(username)
        .password(passwordHash)
        .authorities(List.of(role.authority()))
        .disabled(!enabled)
        .build();
  }
}
