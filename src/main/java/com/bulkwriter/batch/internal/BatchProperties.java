package com.bulkwriter.batch.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the batch module.
 *
 * @param maxItems most articles one batch may hold (default 10,000)
 * @param bulkInlineLimit most articles a bulk action changes within its request; larger selections
 *     run in the background (default 200)
 * @param bulkChunk articles a background bulk action changes per transaction (default 100)
 * @param bulkPollInterval how often each node looks for background bulk actions to run (default 1
 *     s)
 * @param bulkLease how long a node holds a background bulk action without progress before another
 *     node takes it over (default 1 min)
 */
@ConfigurationProperties("bulkwriter.batch")
record BatchProperties(
    Integer maxItems,
    Integer bulkInlineLimit,
    Integer bulkChunk,
    Duration bulkPollInterval,
    Duration bulkLease) {

  BatchProperties {
    if (maxItems == null) {
      maxItems = 10_000;
    }
    if (bulkInlineLimit == null) {
      bulkInlineLimit = 200;
    }
    if (bulkChunk == null) {
      bulkChunk = 100;
    }
    if (bulkPollInterval == null) {
      bulkPollInterval = Duration.ofSeconds(1);
    }
    if (bulkLease == null) {
      bulkLease = Duration.ofMinutes(1);
    }
    if (bulkInlineLimit < 0 || bulkChunk < 1) {
      throw new IllegalArgumentException(
          "bulkwriter.batch.bulk-inline-limit must be 0 or more and bulk-chunk at least 1");
    }
  }
}
