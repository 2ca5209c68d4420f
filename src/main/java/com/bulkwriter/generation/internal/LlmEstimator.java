package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.ProviderPace;
import com.bulkwriter.generation.WorkEstimate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Estimates articles at an LLM provider from the very prompts they will be sent (long articles: the
 * outline and every section) and the limits in force. The time is the longest of three floors:
 * requests at the requests-per-minute pace and tokens at the tokens-per-minute pace; and, while no
 * limit is known, or when a {@code max-concurrency} is configured and calls have been measured, the
 * calls' time spread over the calls that may be in flight.
 */
final class LlmEstimator {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /** Output tokens of the TITLE, SLUG and META lines. */
  private static final int LABEL_TOKENS = 60;

  private final ProviderSettings settings;
  private final GenerationProperties properties;

  LlmEstimator(ProviderSettings settings, GenerationProperties properties) {
    this.settings = settings;
    this.properties = properties;
  }

  /**
   * @param pace the limits in force now (what the provider announced, capped by the configured
   *     ceilings); while none is known the time is the calls' writing time over {@code workers}
   */
  WorkEstimate estimate(String provider, List<ArticleSpec> specs, int workers, ProviderPace pace) {
    return estimate(provider, specs, workers, pace, false);
  }

  /**
   * @param economy whether the provider has a batch API, so the estimate also gives the price in
   *     economy mode
   */
  WorkEstimate estimate(
      String provider, List<ArticleSpec> specs, int workers, ProviderPace pace, boolean economy) {
    long requests = 0;
    long prompt = 0;
    long completion = 0;
    long charged = 0;
    BigDecimal cost = BigDecimal.ZERO;
    for (ArticleSpec spec : specs) {
      String model =
          spec.model() == null || spec.model().isBlank() ? settings.model() : spec.model();
      List<long[]> calls = calls(spec);
      long articlePrompt = calls.stream().mapToLong(c -> c[0]).sum();
      long articleCompletion = calls.stream().mapToLong(c -> c[1]).sum();
      requests += calls.size();
      charged += calls.stream().mapToLong(c -> c[2]).sum();
      prompt += articlePrompt;
      completion += articleCompletion;
      if (cost != null && properties.priced(model)) {
        GenerationProperties.Price price = properties.price(model);
        cost =
            cost.add(
                price
                    .input()
                    .multiply(BigDecimal.valueOf(articlePrompt))
                    .add(price.output().multiply(BigDecimal.valueOf(articleCompletion)))
                    .divide(MILLION, MathContext.DECIMAL64));
      } else {
        cost = null;
      }
    }
    double byRequests =
        pace.requestsPerMinute() == null ? 0 : requests * 60.0 / pace.requestsPerMinute();
    double byTokens = pace.tokensPerMinute() == null ? 0 : charged * 60.0 / pace.tokensPerMinute();
    double byConcurrency = 0;
    boolean measured = pace.callTime() != null && pace.callTime().isPositive();
    if (pace.binding() == ProviderPace.Limit.NONE) {
      // no limit known (yet): the calls' time over the calls that may be in flight
      int ceiling = settings.maxConcurrency() == 0 ? workers : settings.maxConcurrency();
      int slots = Math.max(1, Math.min(ceiling, workers));
      byConcurrency = requests * callSeconds(pace, requests, completion) / slots;
    } else if (settings.maxConcurrency() > 0 && measured) {
      // a configured max-concurrency can bind below the pace (Little's law sizes the rest); only
      // a measured call time tells whether it does: an assumed one would overrule a known limit
      byConcurrency =
          requests * callSeconds(pace, requests, completion) / settings.maxConcurrency();
    }
    double seconds = Math.max(byRequests, Math.max(byTokens, byConcurrency));
    String limitedBy =
        seconds == byRequests && byRequests > 0
            ? "requests-per-minute"
            : seconds == byTokens && byTokens > 0 ? "tokens-per-minute" : "concurrency";
    return new WorkEstimate(
        provider,
        specs.size(),
        requests,
        prompt,
        completion,
        cost == null ? null : cost.setScale(6, java.math.RoundingMode.HALF_UP),
        (long) Math.ceil(seconds),
        limitedBy,
        cost == null || !economy
            ? null
            : properties.economy(cost).setScale(6, java.math.RoundingMode.HALF_UP));
  }

  /** A call's time: as measured on this provider so far, else its output at the assumed speed. */
  private double callSeconds(ProviderPace pace, long requests, long completion) {
    if (pace.callTime() != null && pace.callTime().isPositive()) {
      return pace.callTime().toNanos() / 1e9;
    }
    return completion / (double) Math.max(1, requests) / properties.estimateOutputTokensPerSecond();
  }

  /**
   * Prompt, output and charged tokens (prompt + {@code max_tokens}, what the tokens-per-minute
   * limit counts at admission) of each call the article takes.
   */
  private List<long[]> calls(ArticleSpec spec) {
    List<long[]> calls = new ArrayList<>();
    if (spec.wordCount() <= properties.longArticleWords()) {
      Prompt article = Prompts.article(spec);
      calls.add(
          new long[] {
            article.estimatedPromptTokens(),
            words(spec.wordCount()) + LABEL_TOKENS,
            article.estimatedTokens()
          });
      return calls;
    }
    int sections = Prompts.sections(spec.wordCount());
    List<String> headings =
        IntStream.rangeClosed(1, sections).mapToObj(i -> "A section heading " + i).toList();
    Prompt outline = LongArticlePrompts.outline(spec, sections);
    calls.add(
        new long[] {
          outline.estimatedPromptTokens(), LABEL_TOKENS + 10L * sections, outline.estimatedTokens()
        });
    String title = spec.title() == null ? "A title about " + spec.keyword() : spec.title();
    int[] shares = LongArticleWriter.shares(spec.wordCount(), sections);
    for (int i = 1; i <= sections; i++) {
      Prompt section = LongArticlePrompts.section(spec, title, headings, i, shares[i - 1]);
      calls.add(
          new long[] {
            section.estimatedPromptTokens(), words(shares[i - 1]), section.estimatedTokens()
          });
    }
    return calls;
  }

  private long words(int words) {
    return (long) Math.ceil(words * properties.estimateTokensPerWord());
  }
}
