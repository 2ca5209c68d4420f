package com.bulkwriter.generation;

/** An article could not be written. {@code retryable} tells the queue whether to try again. */
public class GenerationFailure extends RuntimeException {

  private final boolean retryable;

  public GenerationFailure(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  public GenerationFailure(String message, boolean retryable) {
    this(message, retryable, null);
  }

  public boolean retryable() {
    return retryable;
  }
}
