package com.bulkwriter.batch;

import com.bulkwriter.generation.ArticleSpec;
import java.math.BigDecimal;
import java.util.List;

/**
 * How the articles of a batch are written, unless a row overrides it. Always complete: defaults are
 * filled in when the batch is submitted.
 *
 * @param provider provider name ({@code offline}, ...)
 * @param model model at that provider
 * @param language ISO 639-1 language, optionally with a region ({@code en}, {@code pt-BR})
 * @param tone one of {@link SettingValues#TONES}
 * @param wordCount target length in words
 * @param audience who the articles are for, or {@code null}
 * @param pointOfView one of {@link SettingValues#POINTS_OF_VIEW}
 * @param includeFaq whether articles end with a FAQ
 * @param instructions custom instructions, or {@code null}
 * @param maxCostUsd the budget cap: when the batch's recorded cost reaches it, the batch pauses;
 *     {@code null} for no cap. Batch-wide only, never a row override.
 * @param outline an outline template: the H2 headings every article uses, in order, with {@link
 *     com.bulkwriter.generation.Placeholders}; empty to let the writer choose. Batch-wide only.
 * @param requiredPhrases phrases every article must contain (placeholders allowed); empty for none.
 *     Batch-wide only.
 * @param mode how the batch is sent: {@code realtime} (one call per article, as fast as the
 *     provider's limits allow) or {@code economy} (through the provider's batch API: results within
 *     its completion window at its batch discount; see docs/providers.md). Batch-wide only.
 */
public record BatchSettings(
    String provider,
    String model,
    String language,
    String tone,
    int wordCount,
    String audience,
    String pointOfView,
    boolean includeFaq,
    String instructions,
    BigDecimal maxCostUsd,
    List<String> outline,
    List<String> requiredPhrases,
    String mode) {

  public BatchSettings {
    // settings stored before outline templates existed read as none
    outline = outline == null ? List.of() : List.copyOf(outline);
    requiredPhrases = requiredPhrases == null ? List.of() : List.copyOf(requiredPhrases);
    // settings stored before economy mode existed were sent in realtime
    mode = mode == null ? SettingValues.REALTIME : mode;
  }

  /** Whether the batch is written through its provider's batch API. */
  public boolean economy() {
    return SettingValues.ECONOMY.equals(mode);
  }

  /** The specification of one article: these settings with the row's overrides applied. */
  public ArticleSpec specFor(String keyword, ArticleOverrides overrides) {
    ArticleOverrides o = overrides == null ? ArticleOverrides.NONE : overrides;
    return new ArticleSpec(
        keyword,
        o.title(),
        or(o.provider(), provider),
        or(o.model(), model),
        or(o.language(), language),
        or(o.tone(), tone),
        o.wordCount() != null ? o.wordCount() : wordCount,
        or(o.audience(), audience),
        or(o.pointOfView(), pointOfView),
        o.includeFaq() != null ? o.includeFaq() : includeFaq,
        or(o.instructions(), instructions),
        outline,
        requiredPhrases);
  }

  /** These settings with another budget cap. */
  public BatchSettings withMaxCostUsd(BigDecimal cap) {
    return with(cap, mode);
  }

  /** These settings in another mode ("Finish now in realtime"). */
  public BatchSettings withMode(String newMode) {
    return with(maxCostUsd, newMode);
  }

  private BatchSettings with(BigDecimal cap, String newMode) {
    return new BatchSettings(
        provider,
        model,
        language,
        tone,
        wordCount,
        audience,
        pointOfView,
        includeFaq,
        instructions,
        cap,
        outline,
        requiredPhrases,
        newMode);
  }

  /** Whether {@code spent} has reached the cap; never true without a cap. */
  public boolean budgetReached(BigDecimal spent) {
    return maxCostUsd != null && spent != null && spent.compareTo(maxCostUsd) >= 0;
  }

  private static <T> T or(T override, T fallback) {
    return override != null ? override : fallback;
  }
}
