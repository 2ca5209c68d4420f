package com.bulkwriter.support;

/** A request over a per-user limit (articles queued, articles per day): answered with 429. */
public class TooManyRequestsException extends RuntimeException {

  private final String limit;

  /**
   * @param limit the setting that was reached, e.g. {@code
   *     bulkwriter.security.max-articles-per-day}
   */
  public TooManyRequestsException(String limit, String message) {
    super(message);
    this.limit = limit;
  }

  public String limit() {
    return limit;
  }
}
