package com.bulkwriter.quality.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reading ease of prose by the formula made for its language, all on the same 0–100 scale (higher
 * is easier): Flesch (English), Amstad (German), Martins et al. (Portuguese), Kandel &amp; Moles
 * (French). Other languages have none and are not scored (docs/quality.md says why not Spanish).
 *
 * <p>Syllables are counted as groups of vowels of the language (with English's silent final "e"),
 * the usual approximation of these formulas' tools: a hyphenation dictionary per language would be
 * more exact but no kept Java library offers syllable counts.
 */
enum Readability {
  FLESCH("en", "Flesch reading ease", "aeiouy", 206.835, 1.015, 84.6),
  AMSTAD("de", "Amstad (Flesch for German)", "aeiouyäöü", 180, 1, 58.5),
  MARTINS("pt", "Flesch by Martins et al. (Portuguese)", "aeiouáéíóúâêôãõàü", 248.835, 1.015, 84.6),
  KANDEL_MOLES("fr", "Kandel & Moles (French)", "aeiouyàâéèêëîïôùûü", 207, 1.015, 73.6);

  private final String language;
  private final String label;
  private final String vowels;
  private final double base;
  private final double perWordsPerSentence;
  private final double perSyllablesPerWord;

  Readability(
      String language,
      String label,
      String vowels,
      double base,
      double perWordsPerSentence,
      double perSyllablesPerWord) {
    this.language = language;
    this.label = label;
    this.vowels = vowels;
    this.base = base;
    this.perWordsPerSentence = perWordsPerSentence;
    this.perSyllablesPerWord = perSyllablesPerWord;
  }

  /** The formula for an ISO 639-1 language ("pt-BR" counts as "pt"), or empty. */
  static Optional<Readability> forLanguage(String language) {
    if (language == null) {
      return Optional.empty();
    }
    String code = language.strip().toLowerCase(Locale.ROOT);
    int dash = code.indexOf('-');
    String base = dash < 0 ? code : code.substring(0, dash);
    for (Readability formula : values()) {
      if (formula.language.equals(base)) {
        return Optional.of(formula);
      }
    }
    return Optional.empty();
  }

  String label() {
    return label;
  }

  /** The score of the paragraphs, or empty when they hold no word. */
  Optional<Double> score(List<String> paragraphs) {
    return scoreSentences(paragraphs.stream().flatMap(p -> Words.sentences(p).stream()).toList());
  }

  /** The score of the sentences of all paragraphs, or empty when they hold no word. */
  Optional<Double> scoreSentences(List<String> allSentences) {
    int sentences = 0;
    int words = 0;
    int syllables = 0;
    for (String sentence : allSentences) {
      List<String> inSentence = Words.of(sentence);
      sentences++;
      words += inSentence.size();
      for (String word : inSentence) {
        syllables += syllables(word);
      }
    }
    if (words == 0) {
      return Optional.empty();
    }
    double wordsPerSentence = (double) words / sentences;
    double syllablesPerWord = (double) syllables / words;
    double score =
        base - perWordsPerSentence * wordsPerSentence - perSyllablesPerWord * syllablesPerWord;
    return Optional.of(Math.round(score * 10) / 10.0);
  }

  int syllables(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    // groups of vowels, counted by hand rather than with a pattern: this runs for every word
    int count = 0;
    boolean inGroup = false;
    for (int i = 0; i < lower.length(); i++) {
      boolean vowel = vowels.indexOf(lower.charAt(i)) >= 0;
      if (vowel && !inGroup) {
        count++;
      }
      inGroup = vowel;
    }
    if (this == FLESCH && count > 1 && lower.endsWith("e") && !lower.endsWith("le")) {
      count--; // the silent e of "hike", "make"
    }
    return Math.max(1, count);
  }
}
