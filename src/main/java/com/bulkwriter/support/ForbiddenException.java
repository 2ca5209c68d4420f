package com.bulkwriter.support;

/**
 * The caller may see the thing but not change it (another user's shared template): answered with
 * 403.
 */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
