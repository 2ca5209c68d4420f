package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.QueueCapacity;
import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.Providers;
import com.bulkwriter.generation.WorkEstimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Composes a batch's estimate from its providers' own (see {@code ArticleGenerator#estimate}): each
 * provider estimates its articles, the batch adds them up.
 */
@Component
class BatchEstimator {

  private final Providers providers;
  private final QueueCapacity capacity;

  BatchEstimator(Providers providers, QueueCapacity capacity) {
    this.providers = providers;
    this.capacity = capacity;
  }

  BatchEstimate estimate(ValidSubmission submission) {
    return estimate(
        submission.rows().stream()
            .map(row -> submission.settings().specFor(row.keyword(), row.overrides()))
            .toList());
  }

  /** The estimate for these articles, however they were given (a submission, what is left). */
  BatchEstimate estimate(List<ArticleSpec> specs) {
    Map<String, List<ArticleSpec>> byProvider = new LinkedHashMap<>();
    for (ArticleSpec spec : specs) {
      byProvider.computeIfAbsent(spec.provider(), p -> new ArrayList<>()).add(spec);
    }
    List<WorkEstimate> parts = new ArrayList<>();
    byProvider.forEach(
        (provider, theirs) ->
            parts.add(providers.require(provider).estimate(theirs, capacity.maxInFlight())));
    return BatchEstimate.of(parts);
  }
}
