package com.bulkwriter.quality.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words and sentences of prose, and the folded form in which keywords are looked for. */
final class Words {

  /** A word: letters or digits, with inner apostrophes or hyphens ("don't", "e-mail"). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

  /** A sentence ends at ., ! or ? (or …) followed by a space or the end of the paragraph. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])[\"'”»)]*\\s+");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Words() {}

  static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text == null ? "" : text);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  /** The sentences of one paragraph (a paragraph without an end mark is one sentence). */
  static List<String> sentences(String paragraph) {
    List<String> sentences = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(paragraph.strip())) {
      if (!of(sentence).isEmpty()) {
        sentences.add(sentence.strip());
      }
    }
    return sentences;
  }

  /**
   * Lower case, accents removed, every run of non-letters one space, padded with a space at both
   * ends: "Wanderstiefel für Kinder!" and "wanderstiefel fur kinder" fold to the same text, so a
   * phrase is found whole with {@code folded.contains(fold(phrase))}.
   */
  static String fold(String text) {
    if (text == null) {
      return " ";
    }
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    String spaced = NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return " " + spaced.strip() + " ";
  }
}
