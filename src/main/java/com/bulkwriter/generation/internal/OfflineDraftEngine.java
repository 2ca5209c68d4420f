package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.ArticleGenerator;
import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.ProviderInfo;
import com.bulkwriter.generation.WorkEstimate;
import com.bulkwriter.generation.WritingProgress;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Writes placeholder drafts without any network: plausible prose about the keyword, in the asked
 * tone and point of view, close to the asked length. The same spec always gives the same article,
 * so tests, demos and benchmarks can compare results.
 */
@Component
class OfflineDraftEngine implements ArticleGenerator {

  static final ProviderInfo INFO =
      new ProviderInfo("offline", "Offline draft engine", true, List.of("draft-1"));

  /** Longest article the engine agrees to write; beyond it a typo is more likely than a wish. */
  static final int MAX_WORDS = 100_000;

  /** The delay is spent in this many equal parts, with the words "written" told after each. */
  static final int PROGRESS_STEPS = 4;

  private final Duration delay;

  OfflineDraftEngine(OfflineSettings settings) {
    this.delay = settings.delay();
  }

  @Override
  public ProviderInfo info() {
    return INFO;
  }

  @Override
  public GeneratedArticle generate(ArticleSpec spec) {
    return generate(null, spec, WritingProgress.NONE);
  }

  /**
   * Writes the draft at once, then spends the delay in {@value #PROGRESS_STEPS} parts as if it were
   * being typed, telling {@code progress} a quarter, a half and three quarters of its words: always
   * the same figures for the same spec. Without a delay there is nothing to watch, and nothing is
   * told.
   */
  @Override
  public GeneratedArticle generate(UUID articleId, ArticleSpec spec, WritingProgress progress) {
    String keyword = Casing.collapseWhitespace(spec.keyword());
    if (keyword.isEmpty()) {
      throw new GenerationFailure("The keyword is empty", false);
    }
    if (spec.wordCount() < 1 || spec.wordCount() > MAX_WORDS) {
      throw new GenerationFailure(
          "The word count must be between 1 and " + MAX_WORDS + ", not " + spec.wordCount(), false);
    }
    GeneratedArticle draft = new DraftWriter(spec, keyword, seed(spec)).write();
    for (int step = 1; step <= PROGRESS_STEPS && !delay.isZero(); step++) {
      pause(delay.dividedBy(PROGRESS_STEPS));
      if (step < PROGRESS_STEPS) {
        progress.wordsWritten(draft.wordCount() * step / PROGRESS_STEPS);
      }
    }
    return draft;
  }

  /** Free and offline: only the delay per draft, spread over the queue's workers, takes time. */
  @Override
  public WorkEstimate estimate(List<ArticleSpec> specs, int workers) {
    long rounds = (specs.size() + Math.max(1, workers) - 1) / Math.max(1, workers);
    long millis = rounds * delay.toMillis();
    return new WorkEstimate(
        INFO.name(),
        specs.size(),
        0,
        0,
        0,
        BigDecimal.ZERO,
        (millis + 999) / 1000,
        "offline-delay");
  }

  /** Lets a person watch a batch progress as if a real provider were writing. */
  private static void pause(Duration part) {
    try {
      Thread.sleep(part);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GenerationFailure("Interrupted while writing the draft", true, e);
    }
  }

  /**
   * A stable hash of every field of the spec (64-bit FNV-1a), so the seed, and with it the article,
   * never depends on the JVM, the run or object identity.
   */
  static long seed(ArticleSpec spec) {
    long hash = 0xcbf29ce484222325L;
    List<Object> fields =
        new ArrayList<>(
            Arrays.asList(
                spec.keyword(),
                spec.title(),
                spec.provider(),
                spec.model(),
                spec.language(),
                spec.tone(),
                spec.wordCount(),
                spec.audience(),
                spec.pointOfView(),
                spec.includeFaq(),
                spec.instructions()));
    // only when set, so every draft written before outline templates existed stays the same
    if (!spec.outline().isEmpty() || !spec.requiredPhrases().isEmpty()) {
      fields.add(spec.outline());
      fields.add(spec.requiredPhrases());
    }
    for (Object field : fields) {
      String text = field == null ? "\u0000null" : field.toString();
      for (int i = 0; i < text.length(); i++) {
        hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
      }
      hash =
          (hash ^ 0x1f) * 0x100000001b3L; // field separator: ("ab", "c") differs from ("a", "bc")
    }
    return hash;
  }
}
