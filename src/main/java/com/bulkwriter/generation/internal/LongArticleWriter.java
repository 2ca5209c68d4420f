package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.MarkdownNormalizer;
import com.bulkwriter.generation.MetaDescriptions;
import com.bulkwriter.generation.Slugs;
import com.bulkwriter.generation.TokenUsage;
import com.bulkwriter.generation.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a long article in steps: the outline, then each section with its share of the length.
 * Every finished step is saved in the {@link StepLog} before the next begins, and a step found
 * there is never asked for again, so a retry or a crash costs only the steps still missing.
 *
 * <p>Each section is held to ±{@value #TOLERANCE_PERCENT}% of its share: a shorter answer is a
 * retryable failure (not saved), a longer one is cut at a paragraph or sentence end. The shares add
 * up to the target less the title, so the whole article ends within the same ±15%.
 */
final class LongArticleWriter {

  static final int TOLERANCE_PERCENT = 15;
  private static final double MIN_SHARE = 1 - TOLERANCE_PERCENT / 100.0;
  private static final double MAX_SHARE = 1 + TOLERANCE_PERCENT / 100.0;

  /** A model's answer to one prompt and what it was billed. */
  record Answer(String text, TokenUsage usage) {}

  private final Function<Prompt, Answer> model;

  LongArticleWriter(Function<Prompt, Answer> model) {
    this.model = model;
  }

  GeneratedArticle write(ArticleSpec spec, StepLog log) {
    int planned = Prompts.sections(spec.wordCount());
    StepLog.Step outlineStep =
        log.find(0)
            .orElseGet(
                () -> {
                  Answer answer = model.apply(LongArticlePrompts.outline(spec, planned));
                  Outline.parse(answer.text(), spec, planned); // an unusable outline is not saved
                  return log.save(new StepLog.Step(0, answer.text(), answer.usage()));
                });
    Outline outline = Outline.parse(outlineStep.content(), spec, planned);
    List<String> headings = outline.headings();
    int[] shares = shares(spec.wordCount() - Words.count("# " + outline.title()), headings.size());
    TokenUsage usage = outlineStep.usage();
    List<String> sections = new ArrayList<>(headings.size());
    for (int number = 1; number <= headings.size(); number++) {
      int index = number;
      int words = shares[number - 1];
      StepLog.Step step =
          log.find(index)
              .orElseGet(
                  () -> {
                    Answer answer =
                        model.apply(
                            LongArticlePrompts.section(
                                spec, outline.title(), headings, index, words));
                    String section = fit(answer.text(), headings.get(index - 1), words, index);
                    return log.save(new StepLog.Step(index, section, answer.usage()));
                  });
      sections.add(step.content());
      usage = usage.plus(step.usage());
    }
    String body =
        MarkdownNormalizer.normalize(
            "# " + outline.title() + "\n\n" + String.join("\n\n", sections));
    return new GeneratedArticle(
        outline.title(),
        Slugs.of(Prompts.present(outline.slug()) ? outline.slug() : outline.title()),
        MetaDescriptions.fit(
            Prompts.present(outline.meta()) ? outline.meta() : "About " + outline.title()),
        body,
        Words.count(body),
        usage);
  }

  /** {@code total} words shared by {@code sections}, the remainder to the first ones. */
  static int[] shares(int total, int sections) {
    int[] shares = new int[sections];
    for (int i = 0; i < sections; i++) {
      shares[i] = total / sections + (i < total % sections ? 1 : 0);
    }
    return shares;
  }

  /**
   * A section answer as stored: normalised, under its {@code ##} heading, no longer than its share
   * allows.
   *
   * @throws GenerationFailure (retryable) when it is shorter than its share allows
   */
  static String fit(String answer, String heading, int words, int number) {
    String text =
        MarkdownNormalizer.normalize(ArticleParser.stripOuterFence(answer == null ? "" : answer));
    text = text.replaceFirst("^#\\s+[^\\n]*\\n+", ""); // an article title the model added
    if (!text.startsWith("## ")) {
      text = "## " + heading + "\n\n" + text;
    }
    int min = (int) Math.ceil(words * MIN_SHARE);
    int max = (int) Math.floor(words * MAX_SHARE);
    int written = Words.count(text);
    if (written < min) {
      throw GenerationFailure.retryable(
          "Section %d had %d words of the %d asked for".formatted(number, written, words), null);
    }
    return written <= max ? text : cut(text, max);
  }

  /** The first paragraphs, then sentences, of {@code text} that fit in {@code max} words. */
  private static String cut(String text, int max) {
    StringBuilder kept = new StringBuilder();
    for (String paragraph : text.split("\n\n")) {
      String joined = kept.isEmpty() ? paragraph : kept + "\n\n" + paragraph;
      if (Words.count(joined) <= max) {
        kept.setLength(0);
        kept.append(joined);
        continue;
      }
      StringBuilder partial = new StringBuilder();
      for (String sentence : paragraph.split("(?<=[.!?])\\s+")) {
        String longer = partial.isEmpty() ? sentence : partial + " " + sentence;
        String candidate = kept.isEmpty() ? longer : kept + "\n\n" + longer;
        if (Words.count(candidate) > max) {
          break;
        }
        partial.setLength(0);
        partial.append(longer);
      }
      if (!partial.isEmpty()) {
        kept.append(kept.isEmpty() ? "" : "\n\n").append(partial);
      }
      break;
    }
    return kept.toString();
  }
}
