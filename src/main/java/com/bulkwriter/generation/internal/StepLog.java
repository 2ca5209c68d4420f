package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.TokenUsage;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The finished steps of one long article. Stored per article ({@link ArticleStepStore}) when the
 * article has an id, so another attempt resumes after the last finished step; kept only for the
 * call otherwise.
 */
interface StepLog {

  /**
   * One finished step.
   *
   * @param index 0 for the outline, 1, 2, … for the sections in order
   * @param content the outline as the model answered it, or the section's Markdown
   * @param usage what the step was billed
   */
  record Step(int index, String content, TokenUsage usage) {}

  Optional<Step> find(int index);

  /**
   * Saves a finished step and returns the step as stored: when another worker saved the same step
   * first, its version wins, so that every attempt assembles the same article.
   */
  Step save(Step step);

  /** A log that lives as long as one call: an article without an id has nothing to resume. */
  static StepLog inMemory() {
    Map<Integer, Step> steps = new ConcurrentHashMap<>();
    return new StepLog() {
      @Override
      public Optional<Step> find(int index) {
        return Optional.ofNullable(steps.get(index));
      }

      @Override
      public Step save(Step step) {
        Step previous = steps.putIfAbsent(step.index(), step);
        return previous == null ? step : previous;
      }
    };
  }
}
