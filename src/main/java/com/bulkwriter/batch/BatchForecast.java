package com.bulkwriter.batch;

import org.jspecify.annotations.Nullable;

/**
 * What the articles of a batch still to write are expected to take, from the same model as the
 * estimate before submit ({@code POST /api/articles/bulk/estimate}): the pace the provider's limits
 * allow, the queue's workers, the offline engine's delay.
 *
 * @param articles articles still to write (queued or running)
 * @param durationSeconds expected time to write them; 0 when the model cannot tell
 * @param limitedBy what sets that time (see {@code WorkEstimate#limitedBy()})
 * @param limitPerMinute the provider's limit in force when {@code limitedBy} is {@code
 *     requests-per-minute} or {@code tokens-per-minute}, else {@code null}
 */
public record BatchForecast(
    int articles, long durationSeconds, String limitedBy, @Nullable Integer limitPerMinute) {

  /** Articles per second the model expects; 0 when it cannot tell. */
  public double articlesPerSecond() {
    return durationSeconds <= 0 ? 0 : articles / (double) durationSeconds;
  }

  /** Whether a provider's limit (requests or tokens per minute) sets the pace. */
  public boolean pacedByProvider() {
    return limitPerMinute != null;
  }
}
