package com.bulkwriter.batch.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the batch module.
 *
 * @param maxItems most articles one batch may hold (default 10,000)
 */
@ConfigurationProperties("bulkwriter.batch")
record BatchProperties(Integer maxItems) {

  BatchProperties {
    if (maxItems == null) {
      maxItems = 10_000;
    }
  }
}
