package com.bulkwriter.generation;

import java.time.Duration;

/**
 * An article could not be written. Its {@link Kind} tells the queue what to do next: try again
 * after backoff, put the article back without spending an attempt, fail the article, or stop using
 * the provider until a person fixes its configuration.
 */
public class GenerationFailure extends RuntimeException {

  /** How far a failure reaches. */
  public enum Kind {
    /** This attempt failed (5xx, timeout, reset connection, truncated or unparsable answer). */
    RETRYABLE,
    /** The provider asked us to slow down; the article goes back without spending an attempt. */
    RATE_LIMITED,
    /** This article cannot be written as asked (content refused, input rejected). */
    PERMANENT,
    /** The provider cannot work at all (key rejected, model unknown, quota exhausted). */
    FATAL
  }

  private final Kind kind;
  private final Duration retryAfter;

  public GenerationFailure(String message, boolean retryable, Throwable cause) {
    this(retryable ? Kind.RETRYABLE : Kind.PERMANENT, message, Duration.ZERO, cause);
  }

  public GenerationFailure(String message, boolean retryable) {
    this(message, retryable, null);
  }

  /** For subclasses that say more precisely what failed. */
  protected GenerationFailure(Kind kind, String message, Duration retryAfter) {
    this(kind, message, retryAfter, null);
  }

  private GenerationFailure(Kind kind, String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.retryAfter = retryAfter == null || retryAfter.isNegative() ? Duration.ZERO : retryAfter;
  }

  public static GenerationFailure retryable(String message, Throwable cause) {
    return new GenerationFailure(Kind.RETRYABLE, message, Duration.ZERO, cause);
  }

  /** The provider (or our own limiter for it) says: not before {@code retryAfter}. */
  public static GenerationFailure rateLimited(String message, Duration retryAfter) {
    return new GenerationFailure(Kind.RATE_LIMITED, message, retryAfter, null);
  }

  public static GenerationFailure permanent(String message) {
    return new GenerationFailure(Kind.PERMANENT, message, Duration.ZERO, null);
  }

  /** The provider's configuration is wrong; {@code message} says what to fix. */
  public static GenerationFailure fatal(String message) {
    return new GenerationFailure(Kind.FATAL, message, Duration.ZERO, null);
  }

  public Kind kind() {
    return kind;
  }

  /** Whether another attempt may succeed (for a rate limit: after {@link #retryAfter()}). */
  public boolean retryable() {
    return kind == Kind.RETRYABLE || kind == Kind.RATE_LIMITED;
  }

  /** How long to wait before the next attempt; zero when the provider did not say. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
