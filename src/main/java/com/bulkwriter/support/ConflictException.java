package com.bulkwriter.support;

/** The request does not fit the current state (pausing a cancelled batch): answered with 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
