package com.bulkwriter.support;

/** The thing asked for does not exist, or is not the caller's to see: answered with 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
