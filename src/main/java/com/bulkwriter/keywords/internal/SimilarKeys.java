package com.bulkwriter.keywords.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins keys whose stem sets overlap at least {@code threshold} (Jaccard: shared stems over all
 * stems of both) without comparing every pair: a prefix-filtered set-similarity join (AllPairs).
 * Each set's stems are ordered rarest first; two sets with a Jaccard of at least t must share a
 * stem among the first {@code n - ceil(t·n) + 1} of the smaller one, so only sets sharing such a
 * stem (an inverted index on those prefixes) are compared, and only when their sizes allow t at
 * all. Joined keys are transitive (union-find): a chain of similar keys is one group.
 */
final class SimilarKeys {

  private static final double EPSILON = 1e-9;

  private SimilarKeys() {}

  /**
   * For each set, the index of its group's representative (the smallest index in the group).
   *
   * @param stems each key's stems, sorted, without repeats
   * @param languages each key's language; keys of different languages are never joined
   */
  static int[] groups(List<String[]> stems, List<String> languages, double threshold) {
    int n = stems.size();
    int[] parent = new int[n];
    Arrays.setAll(parent, i -> i);
    if (threshold >= 1) {
      return parent; // only identical keys, which are one key already
    }
    String[][] tokens = new String[n][];
    Map<String, Integer> frequency = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String[] set = stems.get(i);
      tokens[i] = new String[set.length];
      for (int j = 0; j < set.length; j++) {
        tokens[i][j] = languages.get(i) + ':' + set[j];
        frequency.merge(tokens[i][j], 1, Integer::sum);
      }
    }
    Comparator<String> rarestFirst =
        Comparator.<String>comparingInt(frequency::get).thenComparing(Comparator.naturalOrder());
    for (String[] set : tokens) {
      Arrays.sort(set, rarestFirst);
    }
    Integer[] bySize = new Integer[n];
    Arrays.setAll(bySize, i -> i);
    Arrays.sort(bySize, Comparator.comparingInt(i -> tokens[i].length));

    Map<String, List<Integer>> index = new HashMap<>();
    int[] seenBy = new int[n];
    Arrays.fill(seenBy, -1);
    for (int x : bySize) {
      int size = tokens[x].length;
      int prefix = prefixLength(size, threshold);
      double smallest = threshold * size - EPSILON;
      for (int p = 0; p < prefix; p++) {
        for (int y : index.getOrDefault(tokens[x][p], List.of())) {
          if (seenBy[y] == x || tokens[y].length < smallest) {
            continue;
          }
          seenBy[y] = x;
          if (jaccard(stems.get(x), stems.get(y)) >= threshold - EPSILON) {
            union(parent, x, y);
          }
        }
      }
      for (int p = 0; p < prefix; p++) {
        index.computeIfAbsent(tokens[x][p], t -> new ArrayList<>()).add(x);
      }
    }
    int[] roots = new int[n];
    for (int i = 0; i < n; i++) {
      roots[i] = find(parent, i);
    }
    return roots;
  }

  /** Stems of a set of size n that a similar set must share at least one of. */
  static int prefixLength(int size, double threshold) {
    int prefix = size - (int) Math.ceil(threshold * size - EPSILON) + 1;
    return Math.max(0, Math.min(size, prefix));
  }

  /** Shared stems over all stems of both; the arrays are sorted. */
  static double jaccard(String[] a, String[] b) {
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      int c = a[i].compareTo(b[j]);
      if (c == 0) {
        shared++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - shared;
    return union == 0 ? 1 : (double) shared / union;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins two groups; the smaller index represents them. */
  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
