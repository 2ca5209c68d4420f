package com.bulkwriter.generation;

import java.math.BigDecimal;

/**
 * Tokens a provider billed for one article (all its calls) and what they cost.
 *
 * @param promptTokens input tokens
 * @param completionTokens output tokens
 * @param costUsd price of those tokens at the configured per-model prices; zero when unknown
 */
public record TokenUsage(long promptTokens, long completionTokens, BigDecimal costUsd) {

  public static final TokenUsage NONE = new TokenUsage(0, 0, BigDecimal.ZERO);

  public TokenUsage {
    costUsd = costUsd == null ? BigDecimal.ZERO : costUsd;
  }

  public long totalTokens() {
    return promptTokens + completionTokens;
  }

  public TokenUsage plus(TokenUsage other) {
    return new TokenUsage(
        promptTokens + other.promptTokens,
        completionTokens + other.completionTokens,
        costUsd.add(other.costUsd));
  }
}
