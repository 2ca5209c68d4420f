package com.bulkwriter.security.internal;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in whose username or password is longer than any account's can be: refused with 400 before
 * anything about it is kept, hashed or logged.
 */
class CredentialsTooLongException extends AuthenticationException {

  /** The longest username (see {@link AccountService}'s username rule). */
  static final int MAX_USERNAME = 64;

  CredentialsTooLongException(String detail) {
    super(detail);
  }

  static void check(String username, Object password) {
    if (username != null
        && username.length() > MAX_USERNAME
        && username.strip().length() > MAX_USERNAME) {
      throw new CredentialsTooLongException(
          "A username has at most " + MAX_USERNAME + " characters");
    }
    if (password instanceof String text
        && (text.length() > PasswordPolicy.MAX_BYTES
            || text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                > PasswordPolicy.MAX_BYTES)) {
      throw new CredentialsTooLongException(
          "A password has at most " + PasswordPolicy.MAX_BYTES + " bytes");
    }
  }
}
