package com.bulkwriter.keywords.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the keyword cannibalisation check.
 *
 * @param similarity share of stems two keywords must have in common (Jaccard: shared stems over all
 *     stems of both) to fall in one group although they differ (default 0.75: "best hiking boots"
 *     and "best waterproof hiking boots"); 1 groups only keywords that normalise alike
 * @param earlierBatches whether earlier batches of the same owner are checked too (default true)
 * @param earlierPerGroup most earlier uses listed per group, newest first (default 5)
 */
@ConfigurationProperties("bulkwriter.keywords")
public record KeywordsProperties(
    Double similarity, Boolean earlierBatches, Integer earlierPerGroup) {

  public KeywordsProperties {
    if (similarity == null) {
      similarity = 0.75;
    }
    if (similarity <= 0 || similarity > 1) {
      throw new IllegalArgumentException(
          "bulkwriter.keywords.similarity must be above 0 and at most 1");
    }
    if (earlierBatches == null) {
      earlierBatches = true;
    }
    if (earlierPerGroup == null) {
      earlierPerGroup = 5;
    }
    if (earlierPerGroup < 0) {
      throw new IllegalArgumentException("bulkwriter.keywords.earlier-per-group must be 0 or more");
    }
  }
}
