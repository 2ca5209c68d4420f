package com.bulkwriter.queue.internal;

import java.util.Comparator;
import java.util.UUID;

/**
 * An article this node holds a lease on.
 *
 * @param token the claim's lease token; every write of the result must present it
 * @param attempts attempts including this one
 */
record ClaimedArticle(
    UUID id,
    UUID batchId,
    String keyword,
    String overrides,
    String settings,
    int attempts,
    UUID token) {

  /**
   * The order in which a node takes article rows when it changes several in one transaction (a
   * group of results, a heartbeat): the same order everywhere, so two of them cannot deadlock.
   */
  static final Comparator<ClaimedArticle> ROW_ORDER =
      Comparator.comparing(ClaimedArticle::batchId).thenComparing(ClaimedArticle::id);
}
