package com.bulkwriter.generation.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How LLM calls are admitted and priced, for every provider.
 *
 * @param admissionWait longest a worker waits for a rate-limit slot; beyond it the article goes
 *     back to the queue without spending an attempt, to be claimed when the slot comes
 * @param circuitWindow calls the circuit breaker looks at
 * @param circuitFailureRate percentage of failed calls in that window that opens the breaker
 * @param circuitOpenFor how long an open breaker refuses calls before it lets one probe through
 * @param prices USD per million tokens by model name; the defaults cover common models and are
 *     replaced one model at a time ({@code bulkwriter.generation.prices.gpt-4o-mini.input=0.15})
 * @param longArticleWords articles with a target above this many words are written outline first,
 *     then section by section, every finished step saved
 * @param estimateTokensPerWord output tokens per word an estimate assumes (English runs about 1.3)
 * @param estimateOutputTokensPerSecond how fast an estimate assumes a model writes, to tell how
 *     long each call keeps one of the provider's concurrent slots
 * @param batchDiscount the share of the price a provider's batch API takes off (economy mode): 0.5
 *     for half price, as OpenAI and Anthropic charge at the time of writing
 */
@ConfigurationProperties("bulkwriter.generation")
record GenerationProperties(
    Duration admissionWait,
    Integer circuitWindow,
    Integer circuitFailureRate,
    Duration circuitOpenFor,
    Map<String, Price> prices,
    Integer longArticleWords,
    Double estimateTokensPerWord,
    Integer estimateOutputTokensPerSecond,
    BigDecimal batchDiscount) {

  /** USD per million input and output tokens. */
  record Price(BigDecimal input, BigDecimal output) {
    Price {
      input = input == null ? BigDecimal.ZERO : input;
      output = output == null ? BigDecimal.ZERO : output;
    }

    static Price of(String input, String output) {
      return new Price(new BigDecimal(input), new BigDecimal(output));
    }
  }

  static final Map<String, Price> DEFAULT_PRICES =
      Map.of(
          "gpt-4o-mini", Price.of("0.15", "0.60"),
          "gpt-4o", Price.of("2.50", "10.00"),
          "gpt-4.1-mini", Price.of("0.40", "1.60"),
          "gpt-4.1", Price.of("2.00", "8.00"),
          "claude-3-5-haiku-latest", Price.of("0.80", "4.00"),
          "claude-sonnet-4-5", Price.of("3.00", "15.00"));

  GenerationProperties {
    admissionWait = admissionWait == null ? Duration.ofSeconds(30) : admissionWait;
    circuitWindow = circuitWindow == null ? 50 : circuitWindow;
    circuitFailureRate = circuitFailureRate == null ? 50 : circuitFailureRate;
    circuitOpenFor = circuitOpenFor == null ? Duration.ofSeconds(30) : circuitOpenFor;
    Map<String, Price> merged = new HashMap<>(DEFAULT_PRICES);
    if (prices != null) {
      merged.putAll(prices);
    }
    prices = Map.copyOf(merged);
    longArticleWords = longArticleWords == null ? 1_500 : longArticleWords;
    estimateTokensPerWord = estimateTokensPerWord == null ? 1.35 : estimateTokensPerWord;
    estimateOutputTokensPerSecond =
        estimateOutputTokensPerSecond == null ? 50 : estimateOutputTokensPerSecond;
    batchDiscount = batchDiscount == null ? new BigDecimal("0.5") : batchDiscount;
    if (batchDiscount.signum() < 0 || batchDiscount.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "bulkwriter.generation.batch-discount must be between 0 and 1 (0.5 for half price)");
    }
    if (longArticleWords < 1 || estimateTokensPerWord <= 0 || estimateOutputTokensPerSecond < 1) {
      throw new IllegalArgumentException(
          "bulkwriter.generation.long-article-words, estimate-tokens-per-word and"
              + " estimate-output-tokens-per-second must be positive");
    }
    if (circuitWindow < 2 || circuitFailureRate < 1 || circuitFailureRate > 100) {
      throw new IllegalArgumentException(
          "bulkwriter.generation.circuit-window must be ≥ 2 and circuit-failure-rate 1–100");
    }
  }

  /** Whether {@code model} has a configured price. */
  boolean priced(String model) {
    return prices.containsKey(model);
  }

  /** The price of {@code model}, or zero when it has none configured. */
  Price price(String model) {
    return prices.getOrDefault(model, new Price(null, null));
  }

  /** What {@code prompt} input and {@code completion} output tokens of {@code model} cost. */
  BigDecimal cost(String model, long prompt, long completion) {
    Price price = price(model);
    return price
        .input()
        .multiply(BigDecimal.valueOf(prompt))
        .add(price.output().multiply(BigDecimal.valueOf(completion)))
        .divide(BigDecimal.valueOf(1_000_000), java.math.MathContext.DECIMAL64);
  }

  /** What {@code realtime} costs through a batch API: less the batch discount. */
  BigDecimal economy(BigDecimal realtime) {
    return realtime
        .multiply(BigDecimal.ONE.subtract(batchDiscount))
        .setScale(realtime.scale(), java.math.RoundingMode.HALF_UP);
  }
}
