package com.bulkwriter.generation;

import java.math.BigDecimal;

/**
 * What writing some articles with one provider is expected to take, before any is written.
 *
 * @param provider the provider's name
 * @param articles how many articles
 * @param requests calls to the provider (a long article takes one for its outline and one per
 *     section)
 * @param promptTokens expected input tokens
 * @param completionTokens expected output tokens
 * @param costUsd expected cost at the configured per-model prices; {@code null} when a model has no
 *     price
 * @param durationSeconds expected time to write them all, rounded up
 * @param limitedBy what sets that time: {@code requests-per-minute}, {@code tokens-per-minute},
 *     {@code concurrency} (calls in flight) or {@code offline-delay}
 * @param economyCostUsd expected cost in economy mode (the provider's batch API, at its batch
 *     discount); {@code null} when the provider has no batch API or a model has no price
 */
public record WorkEstimate(
    String provider,
    int articles,
    long requests,
    long promptTokens,
    long completionTokens,
    BigDecimal costUsd,
    long durationSeconds,
    String limitedBy,
    BigDecimal economyCostUsd) {

  /** An estimate of a provider without a batch API. */
  public WorkEstimate(
      String provider,
      int articles,
      long requests,
      long promptTokens,
      long completionTokens,
      BigDecimal costUsd,
      long durationSeconds,
      String limitedBy) {
    this(
        provider,
        articles,
        requests,
        promptTokens,
        completionTokens,
        costUsd,
        durationSeconds,
        limitedBy,
        null);
  }

  /** For a provider that cannot tell: no tokens, unknown cost, no time. */
  public static WorkEstimate unknown(String provider, int articles) {
    return new WorkEstimate(provider, articles, articles, 0, 0, null, 0, "unknown");
  }
}
