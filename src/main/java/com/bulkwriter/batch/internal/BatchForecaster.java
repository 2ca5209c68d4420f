package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.BatchForecast;
import com.bulkwriter.generation.ArticleGenerator;
import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.ProviderLimits;
import com.bulkwriter.generation.Providers;
import com.bulkwriter.generation.WorkEstimate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Forecasts a running batch's remaining articles with {@link BatchEstimator}, the model behind the
 * estimate before submit, so that the time left before the first article finishes (and right after
 * a resume) agrees with what the form announced.
 */
@Component
public class BatchForecaster {

  private final Batches batches;
  private final Articles articles;
  private final BatchEstimator estimator;
  private final Providers providers;

  BatchForecaster(
      Batches batches, Articles articles, BatchEstimator estimator, Providers providers) {
    this.batches = batches;
    this.articles = articles;
    this.estimator = estimator;
    this.providers = providers;
  }

  /** The forecast for the batch's unfinished articles; empty when none is left or no batch. */
  public Optional<BatchForecast> forecast(UUID batchId) {
    return batches
        .findById(batchId)
        .map(batch -> articles.unfinishedSpecs(batch.id(), batch.settings()))
        .filter(specs -> !specs.isEmpty())
        .map(this::forecast);
  }

  private BatchForecast forecast(List<ArticleSpec> specs) {
    BatchEstimate estimate = estimator.estimate(specs);
    WorkEstimate slowest =
        estimate.providers().stream()
            .filter(part -> part.durationSeconds() == estimate.durationSeconds())
            .findFirst()
            .orElseThrow();
    ProviderLimits limits =
        providers
            .find(slowest.provider())
            .map(ArticleGenerator::limitsInForce)
            .orElse(ProviderLimits.NONE);
    return new BatchForecast(
        estimate.articles(),
        slowest.requests() / (double) slowest.articles(),
        (slowest.promptTokens() + slowest.completionTokens()) / (double) slowest.articles(),
        estimate.durationSeconds(),
        estimate.limitedBy(),
        limits.requestsPerMinute(),
        limits.tokensPerMinute());
  }
}
