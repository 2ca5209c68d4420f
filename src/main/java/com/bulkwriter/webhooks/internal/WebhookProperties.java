package com.bulkwriter.webhooks.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every tunable of webhooks.
 *
 * @param allowPrivateDestinations let endpoints on loopback, private (RFC 1918, ULA), link-local,
 *     unspecified and multicast addresses register and receive deliveries (an admin's choice for an
 *     intranet; off by default, see docs/webhooks.md)
 * @param connectTimeout how long connecting to an endpoint may take
 * @param requestTimeout how long an endpoint may take to answer once connected
 * @param retryFor how long after an event its delivery is retried before it is failed
 * @param backoffBase the first retry waits between half and all of this; each next one doubles
 * @param backoffMax the longest wait between two attempts
 * @param disableAfter an endpoint whose every attempt failed for this long is disabled
 * @param disableAfterFailures ... and only once at least this many attempts in a row failed
 * @param pollInterval how often a node looks for deliveries that are due
 * @param leaseDuration how long a claimed delivery stays with its node; longer than an attempt can
 *     take (connect + request timeout), so a live node never loses one
 * @param concurrency attempts one node makes at once
 * @param keepDeliveries finished deliveries (and their attempts) are removed after this long
 * @param responseExcerpt characters of an endpoint's answer kept in the delivery log
 */
@ConfigurationProperties("bulkwriter.webhooks")
record WebhookProperties(
    Boolean allowPrivateDestinations,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration retryFor,
    Duration backoffBase,
    Duration backoffMax,
    Duration disableAfter,
    Integer disableAfterFailures,
    Duration pollInterval,
    Duration leaseDuration,
    Integer concurrency,
    Duration keepDeliveries,
    Integer responseExcerpt) {

  WebhookProperties {
    allowPrivateDestinations = allowPrivateDestinations != null && allowPrivateDestinations;
    connectTimeout = or(connectTimeout, Duration.ofSeconds(5));
    requestTimeout = or(requestTimeout, Duration.ofSeconds(10));
    retryFor = or(retryFor, Duration.ofHours(24));
    backoffBase = or(backoffBase, Duration.ofSeconds(30));
    backoffMax = or(backoffMax, Duration.ofHours(2));
    disableAfter = or(disableAfter, Duration.ofHours(24));
    disableAfterFailures = disableAfterFailures == null ? 10 : disableAfterFailures;
    pollInterval = or(pollInterval, Duration.ofSeconds(1));
    leaseDuration = or(leaseDuration, Duration.ofSeconds(60));
    concurrency = concurrency == null ? 4 : concurrency;
    keepDeliveries = or(keepDeliveries, Duration.ofDays(30));
    responseExcerpt = responseExcerpt == null ? 500 : responseExcerpt;
    if (concurrency < 1 || disableAfterFailures < 1) {
      throw new IllegalArgumentException(
          "bulkwriter.webhooks.concurrency and disable-after-failures must be at least 1");
    }
    if (responseExcerpt < 0 || responseExcerpt > 2000) {
      throw new IllegalArgumentException("bulkwriter.webhooks.response-excerpt must be 0 to 2000");
    }
    if (leaseDuration.compareTo(connectTimeout.plus(requestTimeout)) <= 0) {
      throw new IllegalArgumentException(
          "bulkwriter.webhooks.lease-duration must be longer than connect-timeout + request-timeout");
    }
    if (!backoffBase.isPositive() || backoffMax.compareTo(backoffBase) < 0) {
      throw new IllegalArgumentException(
          "bulkwriter.webhooks.backoff-base must be positive and backoff-max at least as long");
    }
  }

  private static Duration or(Duration value, Duration fallback) {
    return value != null ? value : fallback;
  }
}
