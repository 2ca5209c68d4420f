package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.ArticleState;
import java.util.Map;

/** How many articles of a batch are in each state. */
public record Counts(int total, int queued, int running, int succeeded, int failed, int cancelled) {

  static Counts of(int total, Map<ArticleState, Integer> byState) {
    return new Counts(
        total,
        byState.getOrDefault(ArticleState.QUEUED, 0),
        byState.getOrDefault(ArticleState.RUNNING, 0),
        byState.getOrDefault(ArticleState.SUCCEEDED, 0),
        byState.getOrDefault(ArticleState.FAILED, 0),
        byState.getOrDefault(ArticleState.CANCELLED, 0));
  }

  /** Share of articles that are finished, whatever the outcome, in percent (one decimal). */
  public double progress() {
    if (total == 0) {
      return 100.0;
    }
    return Math.round((succeeded + failed + cancelled) * 1000.0 / total) / 10.0;
  }
}
