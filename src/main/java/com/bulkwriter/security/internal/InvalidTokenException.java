package com.bulkwriter.security.internal;

import org.springframework.security.core.AuthenticationException;

/** A bearer token that is malformed, unknown, revoked, or whose user is disabled. */
class InvalidTokenException extends AuthenticationException {

  InvalidTokenException() {
    super("The API token is unknown or revoked");
  }
}
