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
 * @param purgeChunk articles a deleted batch loses per transaction (default 500)
 * @param purgePause pause between two chunks, so other work gets the database (default 20 ms)
 * @param purgeInterval how often every node looks for deleted batches left to remove, e.g. after a
 *     restart (default 10 s; a deletion on this node starts at once)
 */
@ConfigurationProperties("bulkwriter.batch")
record BatchProperties(
    Integer maxItems,
    Integer bulkInlineLimit,
    Integer bulkChunk,
    Duration bulkPollInterval,
    Duration bulkLease,
    Integer purgeChunk,
    Duration purgePause,
    Duration purgeInterval) {

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
    if (purgeChunk == null) {
      purgeChunk = 500;
    }
    if (purgeChunk < 1) {
      throw new IllegalArgumentException("bulkwriter.batch.purge-chunk must be at least 1");
    }
    if (purgePause == null) {
      purgePause = Duration.ofMillis(20);
    }
    if (purgeInterval == null) {
      purgeInterval = Duration.ofSeconds(10);
    }
    if (purgeInterval.isNegative() || purgeInterval.isZero()) {
      throw new IllegalArgumentException("bulkwriter.batch.purge-interval must be positive");
    }
  }
}
