package com.bulkwriter.quality.internal;

import com.bulkwriter.quality.QualityCheck;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The checks of one article that need nothing but the article: length, keyword placement, title and
 * meta description, headings, readability and repetition (near-duplicates need the batch: see
 * {@link NearDuplicates}). Pure computation, so it is the same wherever the content is stored from.
 */
@Component
class ArticleChecks {

  private final QualityProperties settings;

  ArticleChecks(QualityProperties settings) {
    this.settings = settings;
  }

  Findings check(CheckedContent article) {
    ArticleText text = ArticleText.of(article.markdown());
    Map<QualityCheck, String> failures = new EnumMap<>(QualityCheck.class);
    length(article).ifPresent(why -> failures.put(QualityCheck.LENGTH, why));
    keyword(article, text, failures);
    String meta = article.metaDescription() == null ? "" : article.metaDescription().strip();
    if (meta.length() < settings.metaMin() || meta.length() > settings.metaMax()) {
      failures.put(
          QualityCheck.META_LENGTH,
          "%d characters; use %d to %d"
              .formatted(meta.length(), settings.metaMin(), settings.metaMax()));
    }
    String title = article.title() == null ? "" : article.title().strip();
    if (title.length() > settings.titleMax()) {
      failures.put(
          QualityCheck.TITLE_LENGTH,
          "%d characters; at most %d".formatted(title.length(), settings.titleMax()));
    }
    headings(text.headings()).ifPresent(why -> failures.put(QualityCheck.HEADINGS, why));
    Optional<Readability> formula = Readability.forLanguage(article.language());
    // split once: readability and repetition read the same sentences
    List<String> sentences =
        text.paragraphs().stream().flatMap(p -> Words.sentences(p).stream()).toList();
    Double ease = formula.flatMap(f -> f.scoreSentences(sentences)).orElse(null);
    if (ease != null && ease < settings.minReadingEase()) {
      failures.put(
          QualityCheck.READABILITY,
          String.format(
              Locale.ROOT,
              "reading ease %.1f (%s); at least %.0f",
              ease,
              formula.get().label(),
              settings.minReadingEase()));
    }
    Repetition.find(text.paragraphs(), sentences, settings.repeatMinWords())
        .ifPresent(why -> failures.put(QualityCheck.REPETITION, why));
    int[] signature = MinHash.signature(text.prose(), settings.shingleWords());
    return new Findings(failures, ease, ease == null ? null : formula.get().label(), signature);
  }

  private Optional<String> length(CheckedContent article) {
    int target = article.targetWords();
    int words = article.wordCount();
    if (target <= 0 || Math.abs(words - target) <= target * settings.lengthTolerance()) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "%,d words; target %,d ±%.0f %%",
            words,
            target,
            settings.lengthTolerance() * 100));
  }

  private void keyword(
      CheckedContent article, ArticleText text, Map<QualityCheck, String> failures) {
    String keyword = Words.fold(article.keyword());
    if (keyword.isBlank()) {
      return;
    }
    if (!Words.fold(article.title()).contains(keyword)) {
      failures.put(QualityCheck.KEYWORD_IN_TITLE, "the title does not contain the keyword");
    }
    if (text.h1s().stream().noneMatch(h1 -> Words.fold(h1).contains(keyword))) {
      failures.put(QualityCheck.KEYWORD_IN_H1, "no H1 contains the keyword");
    }
    if (!Words.fold(text.firstWords(settings.introWords())).contains(keyword)) {
      failures.put(
          QualityCheck.KEYWORD_IN_INTRO,
          "not in the first %d words".formatted(settings.introWords()));
    }
    if (!Words.fold(article.metaDescription()).contains(keyword)) {
      failures.put(
          QualityCheck.KEYWORD_IN_META, "the meta description does not contain the keyword");
    }
    if (!slugHas(article.slug(), article.keyword())) {
      failures.put(QualityCheck.KEYWORD_IN_SLUG, "the slug does not contain the keyword");
    }
  }

  /**
   * Whether the slug has the keyword's words: "best-hiking-boots-2026" has "hiking boots", and
   * "wanderschuhe-fur-kinder" or "wanderschuhe-fuer-kinder" has "Wanderschuhe für Kinder".
   */
  private static boolean slugHas(String slug, String keyword) {
    String folded = Words.fold(slug);
    String lower = keyword.toLowerCase(Locale.ROOT).replace("ß", "ss");
    String transliterated = lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
    return folded.contains(Words.fold(lower)) || folded.contains(Words.fold(transliterated));
  }

  static Optional<String> headings(List<ArticleText.Heading> headings) {
    long h1 = headings.stream().filter(h -> h.level() == 1).count();
    if (h1 != 1) {
      return Optional.of(h1 == 0 ? "no H1" : "%d H1 headings; use one".formatted(h1));
    }
    int previous = 0;
    for (ArticleText.Heading heading : headings) {
      if (heading.level() > previous + 1) {
        return Optional.of(
            "H%d “%s” follows %s"
                .formatted(
                    heading.level(),
                    Findings.cut(heading.text(), 40),
                    previous == 0 ? "no heading" : "an H" + previous));
      }
      previous = heading.level();
    }
    return Optional.empty();
  }
}
