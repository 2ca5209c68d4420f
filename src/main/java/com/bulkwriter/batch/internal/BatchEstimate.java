package com.bulkwriter.batch.internal;

import com.bulkwriter.generation.WorkEstimate;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a batch is expected to take before it is written: the totals, and each provider's share.
 *
 * @param articles how many articles
 * @param requests calls to providers
 * @param promptTokens expected input tokens
 * @param completionTokens expected output tokens
 * @param costUsd expected cost; {@code null} when a model in the batch has no configured price
 * @param durationSeconds expected time to write the batch, when nothing else competes for the queue
 * @param limitedBy what sets that time (see {@link WorkEstimate#limitedBy()})
 * @param providers each provider's part
 * @param economyCostUsd expected cost in economy mode (the providers' batch APIs at their batch
 *     discount); {@code null} when a provider has no batch API or a model has no price
 */
public record BatchEstimate(
    int articles,
    long requests,
    long promptTokens,
    long completionTokens,
    BigDecimal costUsd,
    long durationSeconds,
    String limitedBy,
    List<WorkEstimate> providers,
    BigDecimal economyCostUsd) {

  /**
   * The totals of the providers' parts. Providers work side by side, so the batch takes as long as
   * its slowest part.
   */
  static BatchEstimate of(List<WorkEstimate> parts) {
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal economy = BigDecimal.ZERO;
    WorkEstimate slowest = parts.getFirst();
    for (WorkEstimate part : parts) {
      cost = cost == null || part.costUsd() == null ? null : cost.add(part.costUsd());
      economy =
          economy == null || part.economyCostUsd() == null
              ? null
              : economy.add(part.economyCostUsd());
      slowest = part.durationSeconds() > slowest.durationSeconds() ? part : slowest;
    }
    return new BatchEstimate(
        parts.stream().mapToInt(WorkEstimate::articles).sum(),
        parts.stream().mapToLong(WorkEstimate::requests).sum(),
        parts.stream().mapToLong(WorkEstimate::promptTokens).sum(),
        parts.stream().mapToLong(WorkEstimate::completionTokens).sum(),
        cost,
        slowest.durationSeconds(),
        slowest.limitedBy(),
        List.copyOf(parts),
        economy);
  }
}
