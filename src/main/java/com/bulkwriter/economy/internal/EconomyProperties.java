package com.bulkwriter.economy.internal;

import com.bulkwriter.generation.BatchApi;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every tunable of economy mode.
 *
 * @param enabled whether this node sends and reads provider batches at all
 * @param tick how often a node looks for economy work that is due (new articles, a step to retry, a
 *     provider batch to poll)
 * @param pollInterval how often a submitted provider batch is asked how far it is
 * @param leaseDuration how long a node holds a provider batch for one step without renewing it;
 *     after that any node resumes it
 * @param articleLease how long the articles of a provider batch stay leased to it: longer than the
 *     provider's completion window, so that the queue's rescuer leaves them alone while the
 *     provider works
 * @param maxRequests requests per provider batch at most, below the provider's own limit; unset:
 *     the provider's limit (OpenAI: 50,000, Anthropic: 100,000)
 * @param maxBytes bytes of requests per provider batch at most, below the provider's own limit;
 *     unset: the provider's limit (OpenAI: 200 MB, Anthropic: 256 MB)
 * @param backoffMax longest wait before a failed step is tried again (it doubles from {@code tick})
 * @param spoolDirectory where request files are written before they are uploaded (deleted after)
 */
@ConfigurationProperties("bulkwriter.economy")
record EconomyProperties(
    Boolean enabled,
    Duration tick,
    Duration pollInterval,
    Duration leaseDuration,
    Duration articleLease,
    Integer maxRequests,
    Long maxBytes,
    Duration backoffMax,
    Path spoolDirectory) {

  EconomyProperties {
    enabled = enabled == null || enabled;
    tick = or(tick, Duration.ofSeconds(5));
    pollInterval = or(pollInterval, Duration.ofSeconds(60));
    leaseDuration = or(leaseDuration, Duration.ofMinutes(5));
    articleLease = or(articleLease, Duration.ofHours(26));
    backoffMax = or(backoffMax, Duration.ofMinutes(10));
    spoolDirectory =
        spoolDirectory == null ? Path.of(System.getProperty("java.io.tmpdir")) : spoolDirectory;
    if ((maxRequests != null && maxRequests < 1) || (maxBytes != null && maxBytes < 65_536)) {
      throw new IllegalArgumentException(
          "bulkwriter.economy.max-requests must be at least 1 and max-bytes at least 65536");
    }
    if (tick.isNegative() || tick.isZero() || leaseDuration.compareTo(tick) <= 0) {
      throw new IllegalArgumentException(
          "bulkwriter.economy.tick must be positive and shorter than lease-duration");
    }
  }

  /** The provider's limits per batch, lowered to the configured ones. */
  BatchApi.Limits limits(BatchApi.Limits provider) {
    return new BatchApi.Limits(
        maxRequests == null ? provider.requests() : Math.min(maxRequests, provider.requests()),
        maxBytes == null ? provider.bytes() : Math.min(maxBytes, provider.bytes()));
  }

  private static Duration or(Duration value, Duration fallback) {
    return value != null ? value : fallback;
  }
}
