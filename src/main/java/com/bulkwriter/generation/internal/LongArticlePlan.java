package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.MarkdownNormalizer;
import com.bulkwriter.generation.MetaDescriptions;
import com.bulkwriter.generation.Slugs;
import com.bulkwriter.generation.TokenUsage;
import com.bulkwriter.generation.Words;
import java.util.List;

/**
 * A long article once its outline is known: the sections, each one's share of the words, their
 * prompts, and the article assembled from the finished steps. Shared by the realtime path ({@link
 * LongArticleWriter}) and the provider batches of economy mode ({@link ArticleBatches}), so both
 * ask the same and assemble the same article.
 *
 * @param spec what the article asks for
 * @param outline the outline as read from the saved (or just answered) outline step
 * @param shares the words of each section, in order
 */
record LongArticlePlan(ArticleSpec spec, Outline outline, int[] shares) {

  /** The outline prompt of a long article. */
  static Prompt outlinePrompt(ArticleSpec spec) {
    return LongArticlePrompts.outline(spec, Outline.planned(spec));
  }

  /**
   * Reads an outline answer (or a saved outline step).
   *
   * @throws com.bulkwriter.generation.GenerationFailure (retryable) when it is not a usable outline
   */
  static LongArticlePlan of(ArticleSpec spec, String outlineAnswer) {
    Outline outline = Outline.parse(outlineAnswer, spec, Outline.planned(spec));
    int title = Words.count("# " + outline.title());
    return new LongArticlePlan(
        spec,
        outline,
        LongArticleWriter.shares(spec.wordCount() - title, outline.headings().size()));
  }

  /** How many sections the article has: its steps are 1 to this. */
  int sections() {
    return outline.headings().size();
  }

  /** The words of the title line, which count towards the target. */
  int titleWords() {
    return Words.count("# " + outline.title());
  }

  /** The prompt of section {@code number} (1-based). */
  Prompt section(int number) {
    return LongArticlePrompts.section(
        spec, outline.title(), outline.headings(), number, shares[number - 1]);
  }

  /**
   * A section answer as stored (see {@link LongArticleWriter#fit}).
   *
   * @throws com.bulkwriter.generation.GenerationFailure (retryable) when it is too short
   */
  String fit(String answer, int number) {
    return LongArticleWriter.fit(
        answer, outline.headings().get(number - 1), shares[number - 1], number);
  }

  /**
   * The article: the title, then the sections in order, normalised; its usage the outline's and
   * every section's.
   */
  GeneratedArticle assemble(TokenUsage outlineUsage, List<StepLog.Step> sections) {
    TokenUsage usage = outlineUsage;
    for (StepLog.Step section : sections) {
      usage = usage.plus(section.usage());
    }
    String body =
        MarkdownNormalizer.normalize(
            "# "
                + outline.title()
                + "\n\n"
                + String.join("\n\n", sections.stream().map(StepLog.Step::content).toList()));
    return new GeneratedArticle(
        outline.title(),
        Slugs.of(Prompts.present(outline.slug()) ? outline.slug() : outline.title()),
        MetaDescriptions.fit(
            Prompts.present(outline.meta()) ? outline.meta() : "About " + outline.title()),
        body,
        Words.count(body),
        usage);
  }
}
