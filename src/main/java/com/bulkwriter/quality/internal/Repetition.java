package com.bulkwriter.quality.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sentences or paragraphs an article says twice, compared folded (case, accents and punctuation do
 * not count). Short sentences ("Yes.", "Why?") are left alone: repeating them is style.
 */
final class Repetition {

  private Repetition() {}

  /**
   * What is repeated, as the badge says it ("paragraph said 2 times: …"), or empty.
   *
   * @param minWords sentences shorter than this are not compared
   */
  static Optional<String> find(List<String> paragraphs, int minWords) {
    return find(
        paragraphs,
        paragraphs.stream().flatMap(p -> Words.sentences(p).stream()).toList(),
        minWords);
  }

  /** As above, with the paragraphs' sentences already split (the checks split them once). */
  static Optional<String> find(List<String> paragraphs, List<String> sentences, int minWords) {
    Optional<String> paragraph = repeated(paragraphs, minWords);
    if (paragraph.isPresent()) {
      return paragraph.map(text -> "paragraph said " + text);
    }
    return repeated(sentences, minWords).map(text -> "sentence said " + text);
  }

  private static Optional<String> repeated(List<String> texts, int minWords) {
    Map<String, Integer> times = new HashMap<>();
    Map<String, String> firstSaid = new HashMap<>();
    String repeated = null;
    for (String text : texts) {
      if (Words.count(text) < minWords) {
        continue;
      }
      String key = Words.fold(text);
      firstSaid.putIfAbsent(key, text);
      if (times.merge(key, 1, Integer::sum) == 2 && repeated == null) {
        repeated = key;
      }
    }
    if (repeated == null) {
      return Optional.empty();
    }
    return Optional.of(
        "%d times: “%s”".formatted(times.get(repeated), Findings.cut(firstSaid.get(repeated), 80)));
  }
}
