package com.bulkwriter.security.internal;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What an account may do: ADMIN manages users and sees everybody's batches; USER its own. */
public enum Role {
  ADMIN,
  USER;

  public GrantedAuthority authority() {
    return new SimpleGrantedAuthority("ROLE_" + name());
  }
}
