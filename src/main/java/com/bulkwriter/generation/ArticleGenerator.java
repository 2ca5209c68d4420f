package com.bulkwriter.generation;

/**
 * One provider's way of writing an article. Implementations: the offline draft engine now, the
 * OpenAI-compatible and Anthropic providers later.
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
}
