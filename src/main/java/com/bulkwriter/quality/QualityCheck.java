package com.bulkwriter.quality;

import java.util.Locale;
import java.util.Optional;

/**
 * The checks every written article goes through (see docs/quality.md). Their names are what the API
 * and the batch page's filter use.
 */
public enum QualityCheck {
  /** Words within the tolerance (±10 %) of the article's target length. */
  LENGTH("Length"),
  KEYWORD_IN_TITLE("Keyword in title"),
  KEYWORD_IN_H1("Keyword in H1"),
  KEYWORD_IN_INTRO("Keyword in first 100 words"),
  KEYWORD_IN_META("Keyword in meta description"),
  KEYWORD_IN_SLUG("Keyword in slug"),
  /** Meta description 120–160 characters. */
  META_LENGTH("Meta description length"),
  /** Title at most 60 characters. */
  TITLE_LENGTH("Title length"),
  /** Exactly one H1 and no skipped heading level. */
  HEADINGS("Headings"),
  /** Reading ease at or above the minimum, where the language has a formula. */
  READABILITY("Readability"),
  /** No sentence or paragraph said twice. */
  REPETITION("Repetition"),
  /** No other article of the batch with nearly the same text. */
  NEAR_DUPLICATE("Near-duplicate");

  private final String label;

  QualityCheck(String label) {
    this.label = label;
  }

  /** How the batch page names it. */
  public String label() {
    return label;
  }

  /** The check named {@code name} (case-insensitive), or empty. */
  public static Optional<QualityCheck> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
