package com.bulkwriter.batch;

import org.jspecify.annotations.Nullable;

/**
 * What the articles of a batch still to write are expected to take, from the same model as the
 * estimate before submit ({@code POST /api/articles/bulk/estimate}): the pace the provider's limits
 * allow, the queue's workers, the offline engine's delay.
 *
 * @param articles articles still to write (queued or running)
 * @param requestsPerArticle calls to the provider that sets the time, per article
 * @param tokensPerArticle tokens (prompt and output) per article at that provider, as it counts
 *     them against its limit
 * @param durationSeconds expected time to write them; 0 when the model cannot tell
 * @param limitedBy what sets that time (see {@code WorkEstimate#limitedBy()})
 * @param requestsPerMinute the provider's requests-per-minute limit in force, if it has one
 * @param tokensPerMinute the provider's tokens-per-minute limit in force, if it has one
 */
public record BatchForecast(
    int articles,
    double requestsPerArticle,
    double tokensPerArticle,
    long durationSeconds,
    String limitedBy,
    @Nullable Integer requestsPerMinute,
    @Nullable Integer tokensPerMinute) {

  /** A forecast for a provider without limits (the offline engine). */
  public static BatchForecast unlimited(int articles, long durationSeconds, String limitedBy) {
    return new BatchForecast(articles, 0, 0, durationSeconds, limitedBy, null, null);
  }

  /** Articles per second the model expects; 0 when it cannot tell. */
  public double articlesPerSecond() {
    return durationSeconds <= 0 ? 0 : articles / (double) durationSeconds;
  }
}
