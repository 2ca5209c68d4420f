package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.BatchApi.BatchAnswer;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.TokenUsage;

/**
 * The article in one answer of a provider batch, whichever provider gave it: a failed request is
 * permanent when the provider refused it (4xx but 429) and retryable otherwise; an answer cut off
 * may succeed again, one the model refused will not. Finish reasons are in OpenAI's words ({@code
 * stop}, {@code length}, {@code content_filter}).
 */
final class BatchArticles {

  private BatchArticles() {}

  static GeneratedArticle article(
      String label,
      ArticleSpec spec,
      BatchAnswer answer,
      String defaultModel,
      GenerationProperties properties) {
    LongArticleWriter.Answer text = answer(label, spec, answer, defaultModel, properties);
    return ArticleParser.parse(text.text(), spec, text.usage());
  }

  /**
   * The model's text in a successful answer (a whole article or a step of a long one) and what it
   * was billed, at the discounted price.
   *
   * @throws GenerationFailure when the request failed or the answer was refused or cut off
   */
  static LongArticleWriter.Answer answer(
      String label,
      ArticleSpec spec,
      BatchAnswer answer,
      String defaultModel,
      GenerationProperties properties) {
    if (answer.error() != null) {
      throw answer.status() >= 400 && answer.status() < 500 && answer.status() != 429
          ? GenerationFailure.permanent(label + " refused the request: " + answer.error())
          : GenerationFailure.retryable(label + " could not answer: " + answer.error(), null);
    }
    if ("content_filter".equals(answer.finishReason())) {
      throw GenerationFailure.permanent(label + "'s model refused to write this article");
    }
    if ("length".equals(answer.finishReason())) {
      throw GenerationFailure.retryable(label + "'s answer was cut off at max_tokens", null);
    }
    String model = answer.model() == null ? model(spec, defaultModel) : answer.model();
    long prompt = answer.promptTokens();
    long completion = answer.completionTokens();
    // the tokens billed at the model's price less the batch discount
    TokenUsage usage =
        new TokenUsage(
            prompt, completion, properties.economy(properties.cost(model, prompt, completion)));
    return new LongArticleWriter.Answer(answer.text(), usage);
  }

  static String model(ArticleSpec spec, String defaultModel) {
    return spec.model() == null || spec.model().isBlank() ? defaultModel : spec.model();
  }
}
