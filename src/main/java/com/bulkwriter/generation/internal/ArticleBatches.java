package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.BatchApi;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * What every provider's batch API asks for an article and how it reads the answers: a short article
 * in one request; a long one (above {@code long-article-words}) in rounds, its outline first, then
 * its missing sections, each answer checked as in realtime and saved in the article's {@link
 * StepLog} ({@code article_steps}), so a step saved is never requested again. Subclasses write a
 * prompt as a request line in their provider's format.
 */
abstract class ArticleBatches implements BatchApi {

  private final String label;
  final ProviderSettings settings;
  final GenerationProperties properties;
  private final Function<UUID, StepLog> steps;

  ArticleBatches(
      String label,
      ProviderSettings settings,
      GenerationProperties properties,
      Function<UUID, StepLog> steps) {
    this.label = label;
    this.settings = settings;
    this.properties = properties;
    this.steps = steps;
  }

  /** One request as a JSON line (no line break): {@code prompt} to {@code model}. */
  abstract String line(String customId, Prompt prompt, String model);

  @Override
  public String requestLine(String customId, ArticleSpec spec) {
    return line(customId, Prompts.article(spec), model(spec));
  }

  @Override
  public GeneratedArticle article(ArticleSpec spec, BatchAnswer answer) {
    return BatchArticles.article(label, spec, answer, settings.model(), properties);
  }

  @Override
  public List<StepRequest> requests(
      UUID articleId, ArticleSpec spec, IntFunction<String> customId) {
    if (spec.wordCount() <= properties.longArticleWords()) {
      return List.of(
          new StepRequest(WHOLE_ARTICLE, requestLine(customId.apply(WHOLE_ARTICLE), spec)));
    }
    StepLog log = steps.apply(articleId);
    Optional<StepLog.Step> outline = log.find(0);
    if (outline.isEmpty()) {
      return List.of(
          new StepRequest(
              0, line(customId.apply(0), LongArticlePlan.outlinePrompt(spec), model(spec))));
    }
    LongArticlePlan plan = LongArticlePlan.of(spec, outline.get().content());
    List<StepRequest> requests = new ArrayList<>();
    for (int number = 1; number <= plan.sections(); number++) {
      if (log.find(number).isEmpty()) {
        requests.add(
            new StepRequest(
                number, line(customId.apply(number), plan.section(number), model(spec))));
      }
    }
    return requests;
  }

  @Override
  public void saveStep(UUID articleId, ArticleSpec spec, int step, BatchAnswer answer) {
    LongArticleWriter.Answer text =
        BatchArticles.answer(label, spec, answer, settings.model(), properties);
    StepLog log = steps.apply(articleId);
    if (step == 0) {
      LongArticlePlan.of(spec, text.text()); // an unusable outline is not saved
      log.save(new StepLog.Step(0, text.text(), text.usage()));
      return;
    }
    StepLog.Step outline =
        log.find(0)
            .orElseThrow(
                () ->
                    GenerationFailure.retryable(
                        "Section " + step + " came before its outline", null));
    LongArticlePlan plan = LongArticlePlan.of(spec, outline.content());
    if (step > plan.sections()) {
      throw GenerationFailure.retryable(
          "Section %d answered, but the outline has %d".formatted(step, plan.sections()), null);
    }
    log.save(new StepLog.Step(step, plan.fit(text.text(), step), text.usage()));
  }

  @Override
  public Optional<GeneratedArticle> assemble(UUID articleId, ArticleSpec spec) {
    StepLog log = steps.apply(articleId);
    Optional<StepLog.Step> outline = log.find(0);
    if (outline.isEmpty()) {
      return Optional.empty();
    }
    LongArticlePlan plan = LongArticlePlan.of(spec, outline.get().content());
    List<StepLog.Step> sections = new ArrayList<>(plan.sections());
    for (int number = 1; number <= plan.sections(); number++) {
      Optional<StepLog.Step> section = log.find(number);
      if (section.isEmpty()) {
        return Optional.empty();
      }
      sections.add(section.get());
    }
    return Optional.of(plan.assemble(outline.get().usage(), sections));
  }

  String model(ArticleSpec spec) {
    return BatchArticles.model(spec, settings.model());
  }
}
