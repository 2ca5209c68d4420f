package com.bulkwriter.generation;

import java.util.List;
import java.util.Locale;

/**
 * Everything a provider needs to write one article: the keyword and the effective settings (batch
 * settings with the row's overrides applied).
 *
 * @param keyword the keyword or topic the article is about
 * @param title a title the user asked for, or {@code null} to let the provider choose
 * @param provider provider name, e.g. {@code offline}
 * @param model model name at that provider
 * @param language ISO 639-1 language code
 * @param tone tone of voice, e.g. {@code professional}
 * @param wordCount target length in words
 * @param audience who the article is for (free text, may be blank)
 * @param pointOfView e.g. {@code second-person}
 * @param includeFaq whether to end with a FAQ section
 * @param instructions custom instructions (free text, may be blank)
 * @param outline the article's H2 headings in order, when the batch prescribes them (an outline
 *     template); empty to let the writer choose. May hold {@link Placeholders} until {@link
 *     #forYear} fills them.
 * @param requiredPhrases phrases the article must contain word for word (case aside); empty for
 *     none. May hold {@link Placeholders} like the outline.
 */
public record ArticleSpec(
    String keyword,
    String title,
    String provider,
    String model,
    String language,
    String tone,
    int wordCount,
    String audience,
    String pointOfView,
    boolean includeFaq,
    String instructions,
    List<String> outline,
    List<String> requiredPhrases) {

  public ArticleSpec {
    outline = outline == null ? List.of() : List.copyOf(outline);
    requiredPhrases = requiredPhrases == null ? List.of() : List.copyOf(requiredPhrases);
  }

  /**
   * This spec with the placeholders of its outline and required phrases filled for {@code year}.
   */
  public ArticleSpec forYear(int year) {
    return new ArticleSpec(
        keyword,
        title,
        provider,
        model,
        language,
        tone,
        wordCount,
        audience,
        pointOfView,
        includeFaq,
        instructions,
        Placeholders.fill(outline, keyword, year),
        Placeholders.fill(requiredPhrases, keyword, year));
  }

  /**
   * The required phrases {@code markdown} does not contain, compared without regard to case and
   * runs of whitespace; call on a spec {@link #forYear filled} for the year it was written.
   */
  public List<String> missingPhrasesIn(String markdown) {
    String text = squash(markdown);
    return requiredPhrases.stream().filter(phrase -> !text.contains(squash(phrase))).toList();
  }

  private static String squash(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
