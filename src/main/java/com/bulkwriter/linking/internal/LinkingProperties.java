package com.bulkwriter.linking.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every tunable of internal links; a batch's own link settings start from these.
 *
 * @param maxLinks links per article, at most, for a batch without its own setting (default 3)
 * @param automatic whether a batch without its own setting is linked once it is written
 * @param includeEarlier whether a batch without its own setting links to earlier batches too
 * @param candidates similar articles (BM25 hits) looked at per article for an anchor; more finds
 *     more anchors, at a cost in time
 * @param maxEarlierArticles articles of earlier batches indexed at most (the newest ones)
 * @param chunk articles stored per transaction
 */
@ConfigurationProperties("bulkwriter.linking")
public record LinkingProperties(
    Integer maxLinks,
    Boolean automatic,
    Boolean includeEarlier,
    Integer candidates,
    Integer maxEarlierArticles,
    Integer chunk) {

  /** The most links per article a batch may ask for. */
  public static final int LIMIT = 10;

  public LinkingProperties {
    maxLinks = maxLinks == null ? 3 : maxLinks;
    automatic = automatic != null && automatic;
    includeEarlier = includeEarlier != null && includeEarlier;
    candidates = candidates == null ? 25 : candidates;
    maxEarlierArticles = maxEarlierArticles == null ? 20_000 : maxEarlierArticles;
    chunk = chunk == null ? 200 : chunk;
    if (maxLinks < 0 || maxLinks > LIMIT) {
      throw new IllegalArgumentException("bulkwriter.linking.max-links must be 0 to " + LIMIT);
    }
    if (candidates < 1 || maxEarlierArticles < 0 || chunk < 1) {
      throw new IllegalArgumentException(
          "bulkwriter.linking.candidates and chunk must be ≥ 1, max-earlier-articles ≥ 0");
    }
  }

  /** The settings of a batch that has none of its own. */
  public LinkSettings defaults() {
    return new LinkSettings(automatic, maxLinks, includeEarlier, null);
  }
}
