package com.bulkwriter.support;

/** A well-formed request the server refuses to carry out (idempotency key reused): 422. */
public class UnprocessableException extends RuntimeException {

  public UnprocessableException(String message) {
    super(message);
  }
}
