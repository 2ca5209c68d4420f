package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence pattern compiled once: literal text with slots such as <code>{k}</code> for the
 * keyword. It knows its own length in words for any {@link Voice} without being rendered, which is
 * what lets the draft writer land on a target word count.
 */
final class Template {

  private static final String SLOT_NAMES = "kspoartd";

  private final String[] literals;
  private final int[] slots;
  private final int wordsWithOneWordSlots;
  private final boolean takesOpener;

  private Template(String[] literals, int[] slots, int wordsWithOneWordSlots, boolean takesOpener) {
    this.literals = literals;
    this.slots = slots;
    this.wordsWithOneWordSlots = wordsWithOneWordSlots;
    this.takesOpener = takesOpener;
  }

  /**
   * Compiles {@code pattern}. Slots: <code>{k}</code> keyword, <code>{s}</code>, <code>{o}</code>,
   * <code>{p}</code>, <code>{r}</code> the reader as subject, object, possessive and reflexive (per
   * point of view), <code>{a}</code> audience, <code>{t}</code> topic of the section, <code>{d}
   * </code> an adjective that suits the tone.
   */
  static Template of(String pattern) {
    List<String> literals = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    StringBuilder counted = new StringBuilder(pattern.length());
    int from = 0;
    while (true) {
      int open = pattern.indexOf('{', from);
      if (open < 0) {
        break;
      }
      int slot = SLOT_NAMES.indexOf(pattern.charAt(open + 1));
      if (slot < 0 || pattern.charAt(open + 2) != '}') {
        throw new IllegalArgumentException("Bad slot in template: " + pattern);
      }
      literals.add(pattern.substring(from, open));
      slots.add(slot);
      counted.append(pattern, from, open).append('x');
      from = open + 3;
    }
    literals.add(pattern.substring(from));
    counted.append(pattern, from, pattern.length());
    return new Template(
        literals.toArray(String[]::new),
        slots.stream().mapToInt(Integer::intValue).toArray(),
        Words.count(counted.toString()),
        pattern.indexOf(':') < 0);
  }

  static List<Template> all(String... patterns) {
    List<Template> templates = new ArrayList<>(patterns.length);
    for (String pattern : patterns) {
      templates.add(of(pattern));
    }
    return List.copyOf(templates);
  }

  /** Words of this template rendered in {@code voice}. */
  int words(Voice voice) {
    int words = wordsWithOneWordSlots;
    for (int slot : slots) {
      words += voice.words(slot) - 1;
    }
    return words;
  }

  /** False for sentences with a colon of their own: "Here's the thing: the goal is: ..." */
  boolean takesOpener() {
    return takesOpener;
  }

  /** True when the text opens with literal words rather than a slot's value. */
  boolean startsWithLiteral() {
    return !literals[0].isEmpty();
  }

  void render(Voice voice, StringBuilder out) {
    for (int i = 0; i < slots.length; i++) {
      out.append(literals[i]).append(voice.value(slots[i]));
    }
    out.append(literals[slots.length]);
  }

  String render(Voice voice) {
    StringBuilder out = new StringBuilder(64);
    render(voice, out);
    return out.toString();
  }
}
