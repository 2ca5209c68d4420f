package com.bulkwriter.generation;

/**
 * The budgets Bulkwriter keeps to at one provider; {@code null} where none is set.
 *
 * @param requestsPerMinute requests per minute, paced evenly
 * @param tokensPerMinute tokens (prompt + output) per minute, paced evenly
 * @param maxConcurrency most requests in flight at once per node (the adaptive limit's ceiling)
 */
public record ProviderLimits(
    Integer requestsPerMinute, Integer tokensPerMinute, Integer maxConcurrency) {

  public static final ProviderLimits NONE = new ProviderLimits(null, null, null);
}
