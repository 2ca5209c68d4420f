package com.bulkwriter.generation;

/**
 * The ceilings configured for one provider; {@code null} where none is set, which is the usual
 * case: the limits the provider announces apply without them (the pace in force is {@link
 * ProviderPace}, from {@link Providers#pace}).
 *
 * @param requestsPerMinute requests per minute at most
 * @param tokensPerMinute tokens (prompt + {@code max_tokens}) per minute at most
 * @param maxConcurrency requests in flight at once per node at most
 */
public record ProviderLimits(
    Integer requestsPerMinute, Integer tokensPerMinute, Integer maxConcurrency) {

  public static final ProviderLimits NONE = new ProviderLimits(null, null, null);
}
