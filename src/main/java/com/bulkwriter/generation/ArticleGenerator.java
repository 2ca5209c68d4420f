package com.bulkwriter.generation;

import java.util.List;
import java.util.UUID;

/**
 * One provider's way of writing an article. Implementations: the offline draft engine, the
 * OpenAI-compatible and Anthropic providers.
 */
public interface ArticleGenerator {

  /** The provider this generator serves, as used in batch settings ({@code offline}, ...). */
  ProviderInfo info();

  /**
   * Writes one article. Blocks until it is done.
   *
   * @throws GenerationFailure when the article could not be written; its {@link
   *     GenerationFailure#retryable()} says whether another attempt may succeed
   */
  GeneratedArticle generate(ArticleSpec spec);

  /**
   * Writes the article stored as {@code articleId}. A provider that writes in steps (long articles:
   * outline, then section by section) saves each finished step under that id, so that another
   * attempt, after a failure or a crash, resumes after the last finished step and never pays for
   * one twice. Providers that write in one go ignore the id.
   *
   * @param progress told the words written so far while the article is written; providers that
   *     cannot tell never call it
   */
  default GeneratedArticle generate(UUID articleId, ArticleSpec spec, WritingProgress progress) {
    return generate(spec);
  }

  /**
   * What writing {@code specs} with this provider is expected to take: tokens, cost and time.
   *
   * @param workers how many articles the queue writes at once on this node ({@code max-in-flight})
   */
  default WorkEstimate estimate(List<ArticleSpec> specs, int workers) {
    return WorkEstimate.unknown(info().name(), specs.size());
  }

  /**
   * The pace this provider is called at now (limits in force, which binds, calls in flight it
   * takes); {@code null} for generators that are not paced (the offline draft engine).
   */
  default ProviderPace pace() {
    return null;
  }

  /**
   * The limits that pace this provider now, for telling users what sets a batch's pace: a provider
   * that learns its limits from the server returns those (capped by configured ceilings), the
   * others their configured ones.
   */
  default ProviderLimits limitsInForce() {
    return info().limits();
  }

  /**
   * This provider's batch API, for batches in economy mode; {@code null} when it has none (the
   * offline draft engine).
   */
  default BatchApi batchApi() {
    return null;
  }
}
