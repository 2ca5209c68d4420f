package com.bulkwriter.publishing.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every tunable of publishing. The key that encrypts site passwords is {@code
 * bulkwriter.secrets.key} ({@link com.bulkwriter.support.secrets.SecretsProperties}), shared with
 * the webhooks' signing secrets.
 *
 * @param requestPace least time between two requests to the same site from one node
 * @param connectTimeout how long to wait for a site to accept a connection
 * @param requestTimeout how long to wait for a site's answer
 * @param pollInterval how often a node looks for publications that are due
 * @param concurrency sites one node publishes to at once (one request at a time per site)
 * @param leaseDuration how long a claimed publication stays with its node without a heartbeat
 * @param heartbeatInterval how often a node extends the leases it holds
 * @param maxAttempts attempts before a publication that keeps failing is FAILED
 * @param backoffBase wait after the first retryable failure; doubles each time
 * @param backoffMax longest wait between two attempts
 * @param maxRetryAfter the longest {@code Retry-After} honoured; longer ones wait this long
 */
@ConfigurationProperties("bulkwriter.publishing")
public record PublishingProperties(
    Duration requestPace,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration pollInterval,
    Integer concurrency,
    Duration leaseDuration,
    Duration heartbeatInterval,
    Integer maxAttempts,
    Duration backoffBase,
    Duration backoffMax,
    Duration maxRetryAfter) {

  public PublishingProperties {
    requestPace = or(requestPace, Duration.ofMillis(500));
    connectTimeout = or(connectTimeout, Duration.ofSeconds(10));
    requestTimeout = or(requestTimeout, Duration.ofSeconds(60));
    pollInterval = or(pollInterval, Duration.ofSeconds(1));
    concurrency = concurrency == null ? 4 : concurrency;
    leaseDuration = or(leaseDuration, Duration.ofMinutes(3));
    heartbeatInterval = or(heartbeatInterval, Duration.ofSeconds(20));
    maxAttempts = maxAttempts == null ? 5 : maxAttempts;
    backoffBase = or(backoffBase, Duration.ofSeconds(10));
    backoffMax = or(backoffMax, Duration.ofMinutes(10));
    maxRetryAfter = or(maxRetryAfter, Duration.ofHours(1));
    if (concurrency < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException(
          "bulkwriter.publishing.concurrency and max-attempts must be at least 1");
    }
    if (requestPace.isNegative()) {
      throw new IllegalArgumentException("bulkwriter.publishing.request-pace must not be negative");
    }
    if (heartbeatInterval.compareTo(leaseDuration) >= 0) {
      throw new IllegalArgumentException(
          "bulkwriter.publishing.heartbeat-interval must be shorter than lease-duration");
    }
    if (leaseDuration.compareTo(requestTimeout.plus(requestPace)) <= 0) {
      throw new IllegalArgumentException(
          "bulkwriter.publishing.lease-duration must be longer than request-timeout plus"
              + " request-pace");
    }
  }

  private static Duration or(Duration value, Duration fallback) {
    return value != null ? value : fallback;
  }
}
