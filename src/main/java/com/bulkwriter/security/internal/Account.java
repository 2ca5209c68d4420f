package com.bulkwriter.security.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/** A stored user account. */
public record Account(
    String username,
    String passwordHash,
    Role role,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt) {

  UserDetails userDetails() {
    return User.withUsername(username)
        .password(passwordHash)
        .authorities(List.of(role.authority()))
        .disabled(!enabled)
        .build();
  }
}
