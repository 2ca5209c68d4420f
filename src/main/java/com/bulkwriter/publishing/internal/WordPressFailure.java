package com.bulkwriter.publishing.internal;

import java.time.Duration;

/**
 * Why a request to a WordPress site did not succeed, sorted by what publishing does about it.
 * Messages are for users: they never hold the password or the Authorization header.
 */
final class WordPressFailure extends RuntimeException {

  enum Kind {
    /** 401: wrong username or application password; pauses the job */
    AUTHENTICATION,
    /** 403: the user lacks a capability (create posts, terms, media); pauses the job */
    CAPABILITY,
    /** 404 from the REST API's root or an unknown route: the REST API is off; pauses the job */
    NO_REST_API,
    /** the TLS certificate was refused; pauses the job */
    CERTIFICATE,
    /** the post asked for does not exist (any more) */
    NOT_FOUND,
    /** 429, or 503 with Retry-After: wait that long, the attempt does not count */
    RATE_LIMITED,
    /** 5xx, timeout, connection refused or reset, an answer that is not JSON: retry later */
    RETRYABLE,
    /** any other refusal (400 …): retrying would not help */
    PERMANENT
  }

  private final Kind kind;
  private final Duration retryAfter;

  WordPressFailure(Kind kind, String message) {
    this(kind, message, null);
  }

  WordPressFailure(Kind kind, String message, Duration retryAfter) {
    super(message, null, false, false);
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  Kind kind() {
    return kind;
  }

  /** How long the site asked us to wait (RATE_LIMITED), else {@code null}. */
  Duration retryAfter() {
    return retryAfter;
  }

  /** Whether the job should pause until the user fixes the site or its settings. */
  boolean pausesJob() {
    return kind == Kind.AUTHENTICATION
        || kind == Kind.CAPABILITY
        || kind == Kind.NO_REST_API
        || kind == Kind.CERTIFICATE;
  }
}
