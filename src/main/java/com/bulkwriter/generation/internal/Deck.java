package com.bulkwriter.generation.internal;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Templates dealt like cards: each is used once before any repeats, in an order shuffled by the
 * article's seed, so that long articles spread their sentences evenly.
 */
final class Deck {

  private final List<Template> templates;
  private final int[] order;
  private final RandomGenerator random;
  private int next;

  Deck(List<Template> templates, RandomGenerator random) {
    this.templates = templates;
    this.random = random;
    this.order = new int[templates.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    shuffle();
  }

  /**
   * The next template of at most {@code maxWords} words, or null if none of this round's remaining
   * cards is that short (the caller then turns to another deck rather than repeat a sentence).
   */
  Template draw(Voice voice, int maxWords) {
    if (next == order.length) {
      shuffle();
    }
    for (int j = next; j < order.length; j++) {
      Template candidate = templates.get(order[j]);
      if (candidate.words(voice) <= maxWords) {
        swap(next, j);
        next++;
        return candidate;
      }
    }
    return null;
  }

  /**
   * The longest template of at most {@code maxWords} words, or null if none is that short; among
   * equally long ones, the next in the deck's order.
   */
  Template closest(Voice voice, int maxWords) {
    int best = -1;
    int bestWords = -1;
    for (int k = 0; k < order.length; k++) {
      int j = (next + k) % order.length;
      int words = templates.get(order[j]).words(voice);
      if (words <= maxWords && words > bestWords) {
        best = j;
        bestWords = words;
      }
    }
    if (best < 0) {
      return null;
    }
    next = (best + 1) % order.length;
    return templates.get(order[best]);
  }

  /**
   * Fisher–Yates with the article's generator, so that the same spec deals the same cards. The
   * cards dealt last in the previous round are kept out of the first places of the new one, so that
   * no sentence comes back within a few sentences of itself.
   */
  private void shuffle() {
    int gap = order.length / 4;
    boolean[] recent = new boolean[order.length];
    if (next == order.length) {
      for (int i = order.length - gap; i < order.length; i++) {
        recent[order[i]] = true;
      }
    }
    for (int i = order.length - 1; i > 0; i--) {
      swap(i, random.nextInt(i + 1));
    }
    for (int i = 0; i < gap; i++) {
      if (recent[order[i]]) {
        int j;
        do {
          j = gap + random.nextInt(order.length - gap);
        } while (recent[order[j]]);
        swap(i, j);
      }
    }
    next = 0;
  }

  private void swap(int i, int j) {
    int card = order[i];
    order[i] = order[j];
    order[j] = card;
  }
}
