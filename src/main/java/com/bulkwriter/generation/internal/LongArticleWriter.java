package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.MarkdownNormalizer;
import com.bulkwriter.generation.TokenUsage;
import com.bulkwriter.generation.Words;
import com.bulkwriter.generation.WritingProgress;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a long article in steps: the outline, then each section with its share of the length.
 * Every finished step is saved in the {@link StepLog} before the next begins, and a step found
 * there is never asked for again, so a retry or a crash costs only the steps still missing.
 *
 * <p>Each section is held to ±{@value #TOLERANCE_PERCENT}% of its share: a shorter answer is a
 * retryable failure (not saved), a longer one is cut at a paragraph or sentence end. The shares add
 * up to the target less the title, so the whole article ends within the same ±15%.
 *
 * <p>Progress counts the article's words across steps: the title and the finished sections, plus
 * the words of the section being written as they stream. The outline is not article text.
 */
final class LongArticleWriter {

  static final int TOLERANCE_PERCENT = 15;
  private static final double MIN_SHARE = 1 - TOLERANCE_PERCENT / 100.0;
  private static final double MAX_SHARE = 1 + TOLERANCE_PERCENT / 100.0;

  /** A model's answer to one prompt and what it was billed. */
  record Answer(String text, TokenUsage usage) {}

  /** Asks the model; {@code progress} hears the words of this answer while it streams. */
  @FunctionalInterface
  interface Model {
    Answer answer(Prompt prompt, WritingProgress progress);
  }

  private final Model model;

  LongArticleWriter(Model model) {
    this.model = model;
  }

  GeneratedArticle write(ArticleSpec spec, StepLog log, WritingProgress progress) {
    StepLog.Step outlineStep =
        log.find(0)
            .orElseGet(
                () -> {
                  Answer answer =
                      model.answer(LongArticlePlan.outlinePrompt(spec), WritingProgress.NONE);
                  LongArticlePlan.of(spec, answer.text()); // an unusable outline is not saved
                  return log.save(new StepLog.Step(0, answer.text(), answer.usage()));
                });
    LongArticlePlan plan = LongArticlePlan.of(spec, outlineStep.content());
    List<StepLog.Step> sections = new ArrayList<>(plan.sections());
    int written = plan.titleWords();
    for (int number = 1; number <= plan.sections(); number++) {
      int index = number;
      int before = written;
      StepLog.Step step =
          log.find(index)
              .orElseGet(
                  () -> {
                    Answer answer =
                        model.answer(
                            plan.section(index),
                            streamed -> progress.wordsWritten(before + streamed));
                    String section = plan.fit(answer.text(), index);
                    return log.save(new StepLog.Step(index, section, answer.usage()));
                  });
      sections.add(step);
      written += Words.count(step.content());
      progress.wordsWritten(written);
    }
    return plan.assemble(outlineStep.usage(), sections);
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
