package com.bulkwriter.support.web;

/** A request body went over {@code bulkwriter.web.max-body-size}: answered with 413. */
public class PayloadTooLargeException extends RuntimeException {

  public PayloadTooLargeException(long limit) {
    super("The request body is larger than the limit of " + limit + " bytes");
  }
}
