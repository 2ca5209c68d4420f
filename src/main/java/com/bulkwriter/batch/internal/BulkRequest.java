package com.bulkwriter.batch.internal;

import java.util.List;

/**
 * A bulk action as asked for, before it is checked: strings stay strings so that each bad one can
 * be named in the answer.
 *
 * @param action APPROVE, REJECT, REGENERATE or DELETE
 * @param articleIds the ticked articles of the batch; or absent, with {@code filter}
 * @param filter "all matching the filter" (an empty filter: every article of the batch)
 * @param note a rejection's note (required for REJECT)
 * @param changes a regenerate's changed tone, length or instructions (REGENERATE only)
 */
public record BulkRequest(
    String action, List<String> articleIds, Filter filter, String note, RegenerateChanges changes) {

  /**
   * The batch page's filter: state, review state, search in keyword and title, and a quality check
   * the articles fail ({@code fails}: a {@code QualityCheck} name, or ANY for any check).
   */
  public record Filter(String status, String review, String search, String fails) {}
}
