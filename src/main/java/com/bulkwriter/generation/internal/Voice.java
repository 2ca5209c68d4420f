package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The values that fill a {@link Template}'s slots for one article: the keyword, the reader named as
 * the point of view asks, the audience, the tone's words and the topic of the current section.
 */
final class Voice {

  // slot numbers, in the order of Template's slot letters "kspoartd"
  static final int KEYWORD = 0;
  static final int SUBJECT = 1;
  static final int POSSESSIVE = 2;
  static final int OBJECT = 3;
  static final int AUDIENCE = 4;
  static final int REFLEXIVE = 5;
  static final int TOPIC = 6;
  static final int ADJECTIVE = 7;

  /** Who the sentences address when the spec names no audience. */
  static final String ANYONE = "newcomers";

  private final String[] values = new String[8];
  private final int[] words = new int[8];
  private final List<String> adjectives;
  private final List<String> openers;
  private final int[] openerWords;
  private final RandomGenerator random;

  Voice(ArticleSpec spec, String keyword, RandomGenerator random) {
    this.random = random;
    Phrasebook.Tone tone = tone(spec.tone());
    Phrasebook.Person person = person(spec.pointOfView());
    set(KEYWORD, keyword);
    set(SUBJECT, person.subject());
    set(POSSESSIVE, person.possessive());
    set(OBJECT, person.object());
    set(REFLEXIVE, person.reflexive());
    set(AUDIENCE, audience(spec.audience()));
    set(TOPIC, keyword);
    // adjectives are single words, so {d} always counts as one word
    adjectives = tone.adjectives();
    words[ADJECTIVE] = 1;
    // the point of view shows in a third of the openers, the tone in the rest
    List<String> all = new ArrayList<>(tone.openers());
    all.addAll(tone.openers());
    all.addAll(person.openers());
    openers = List.copyOf(all);
    openerWords = openers.stream().mapToInt(Words::count).toArray();
  }

  String keyword() {
    return values[KEYWORD];
  }

  /** Sets what <code>{t}</code> says: the topic of the section being written. */
  void topic(String topic) {
    set(TOPIC, topic);
  }

  String value(int slot) {
    return slot == ADJECTIVE ? adjectives.get(random.nextInt(adjectives.size())) : values[slot];
  }

  int words(int slot) {
    return words[slot];
  }

  /** A random opener's index; see {@link #opener(int)} and {@link #openerWords(int)}. */
  int pickOpener() {
    return random.nextInt(openers.size());
  }

  String opener(int index) {
    return openers.get(index);
  }

  int openerWords(int index) {
    return openerWords[index];
  }

  private void set(int slot, String value) {
    values[slot] = value;
    words[slot] = Words.count(value);
  }

  static Phrasebook.Tone tone(String tone) {
    if (tone != null) {
      String wanted = tone.toLowerCase(Locale.ROOT);
      for (Phrasebook.Tone candidate : Phrasebook.TONES) {
        for (String name : candidate.names()) {
          if (wanted.contains(name)) {
            return candidate;
          }
        }
      }
    }
    return Phrasebook.INFORMATIVE;
  }

  static Phrasebook.Person person(String pointOfView) {
    if (pointOfView == null) {
      return Phrasebook.SECOND_PERSON;
    }
    String wanted = pointOfView.toLowerCase(Locale.ROOT);
    if (wanted.contains("first") || wanted.startsWith("1")) {
      return Phrasebook.FIRST_PERSON;
    }
    if (wanted.contains("third") || wanted.startsWith("3")) {
      return Phrasebook.THIRD_PERSON;
    }
    return Phrasebook.SECOND_PERSON;
  }

  /**
   * The audience as it reads mid-sentence: "Small business owners" becomes "small business ...".
   */
  static String audience(String audience) {
    String clean = Casing.collapseWhitespace(audience);
    while (clean.endsWith(".")) {
      clean = clean.substring(0, clean.length() - 1).strip();
    }
    if (clean.isEmpty() || Words.count(clean) == 0) {
      return ANYONE;
    }
    return Casing.lowerFirst(clean);
  }
}
