package com.bulkwriter.linking.internal;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The phrases an article may be linked on: its keyword (also without a leading "best", "how to"
 * ...), its title when short, and its short headings. A phrase of one word is taken only when it is
 * the keyword itself and not tiny, so that no common word becomes a link.
 */
final class AnchorPhrases {

  /** Words that open many keywords and say nothing of the topic. */
  private static final Set<String> OPENERS =
      Set.of(
          "best",
          "top",
          "how",
          "to",
          "what",
          "is",
          "are",
          "why",
          "the",
          "a",
          "an",
          "guide",
          "cheap",
          "buy",
          "wie",
          "was",
          "der",
          "die",
          "das",
          "beste",
          "besten",
          "como",
          "o",
          "os",
          "as",
          "melhor",
          "melhores",
          "qual",
          "el",
          "la",
          "los",
          "las",
          "mejor",
          "mejores");

  private static final int MAX_TITLE_WORDS = 8;
  private static final int MAX_HEADING_WORDS = 6;

  private AnchorPhrases() {}

  static List<String> of(String keyword, String title, List<String> headings) {
    Set<String> phrases = new LinkedHashSet<>();
    String key = tidy(keyword);
    if (words(key) > 1 || key.length() >= 4) {
      phrases.add(key);
    }
    String core = withoutOpeners(key);
    if (words(core) > 1) {
      phrases.add(core);
    }
    String shortTitle = tidy(title);
    if (words(shortTitle) > 1 && words(shortTitle) <= MAX_TITLE_WORDS) {
      phrases.add(shortTitle);
    }
    for (String heading : headings) {
      String h = tidy(heading);
      if (words(h) > 1 && words(h) <= MAX_HEADING_WORDS) {
        phrases.add(h);
      }
    }
    Set<String> seen = new HashSet<>();
    return phrases.stream()
        .filter(p -> !p.isBlank() && p.indexOf('[') < 0 && p.indexOf(']') < 0)
        .filter(p -> seen.add(p.toLowerCase(Locale.ROOT))) // "Espresso machine" = its keyword
        .toList();
  }

  /** Trimmed of spaces and of the punctuation that ends a title or heading. */
  static String tidy(String phrase) {
    if (phrase == null) {
      return "";
    }
    String s = phrase.strip().replaceAll("\\s+", " ");
    int end = s.length();
    while (end > 0 && ":?!.,;".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end).strip();
  }

  private static String withoutOpeners(String phrase) {
    String[] words = phrase.split(" ");
    int first = 0;
    while (first < words.length - 1 && OPENERS.contains(words[first].toLowerCase(Locale.ROOT))) {
      first++;
    }
    return String.join(" ", List.of(words).subList(first, words.length));
  }

  private static int words(String phrase) {
    return phrase.isBlank() ? 0 : phrase.split(" ").length;
  }
}
