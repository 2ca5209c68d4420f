package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.ProviderPace;
import com.bulkwriter.generation.WorkEstimate;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LlmEstimatorTest {

  private static final GenerationProperties PROPERTIES =
      new GenerationProperties(null, null, null, null, null, null, null, null, null);

  private static final List<ArticleSpec> ARTICLES =
      Collections.nCopies(
          160,
          new ArticleSpec(
              "hiking boots",
              null,
              "openai",
              null,
              "en",
              "neutral",
              300,
              null,
              null,
              false,
              null,
              List.of(),
              List.of()));

  /** A pace of 3,000 requests a minute, learned from the provider, and calls of {@code call}. */
  private static ProviderPace pace(Duration call) {
    return new ProviderPace(
        2_940.0,
        null,
        2_940.0,
        ProviderPace.Limit.REQUESTS,
        ProviderPace.Source.PROVIDER,
        call,
        200);
  }

  private static WorkEstimate estimate(int maxConcurrency, Duration call) {
    var settings =
        new OpenAiProperties(
            URI.create("http://localhost:1/v1"), "sk", "m", List.of(), 0, 0, maxConcurrency, null);
    return new LlmEstimator(settings, PROPERTIES).estimate("openai", ARTICLES, 16, pace(call));
  }

  @Test
  void aConfiguredMaxConcurrencyThatBindsBelowTheRateLimitSetsTheTime() {
    // 160 calls of 3 s through 16 slots: 30 s, while 3,000 a minute would take 3.3 s
    WorkEstimate estimate = estimate(16, Duration.ofSeconds(3));
    assertThat(estimate.limitedBy()).isEqualTo("concurrency");
    assertThat(estimate.durationSeconds()).isEqualTo(30);
  }

  @Test
  void beforeAnyCallIsMeasuredAKnownLimitIsNotOverruledByAnAssumedCallTime() {
    WorkEstimate estimate = estimate(16, Duration.ZERO);
    assertThat(estimate.limitedBy()).isEqualTo("requests-per-minute");
  }

  @Test
  void withoutAConfiguredCeilingLittlesLawSizesTheCallsAndTheRateLimitBinds() {
    WorkEstimate estimate = estimate(0, Duration.ofSeconds(3));
    assertThat(estimate.limitedBy()).isEqualTo("requests-per-minute");
    assertThat(estimate.durationSeconds()).isEqualTo((long) Math.ceil(160 * 60 / 2_940.0));
  }
}
