package com.bulkwriter.keywords.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The prefix-filtered similarity join finds exactly the pairs that comparing all pairs finds. */
class SimilarKeysTest {

  @Test
  void keysWhoseStemsOverlapEnoughAreOneGroupAndOthersStayApart() {
    int[] roots =
        SimilarKeys.groups(
            List.of(
                set("best", "boot", "hike"),
                set("cheap", "flight", "pari"),
                set("best", "boot", "hike", "waterproof"),
                set("cheap", "flight", "london")),
            List.of("en", "en", "en", "en"),
            0.75);

    assertThat(roots).containsExactly(0, 1, 0, 3);
  }

  @Test
  void keysOfDifferentLanguagesAreNeverJoined() {
    int[] roots =
        SimilarKeys.groups(
            List.of(set("a", "b", "c", "d"), set("a", "b", "c", "d", "e")),
            List.of("en", "de"),
            0.5);

    assertThat(roots).containsExactly(0, 1);
  }

  @Test
  void aThresholdOfOneJoinsNothing() {
    assertThat(SimilarKeys.groups(List.of(set("a"), set("a", "b")), List.of("en", "en"), 1))
        .containsExactly(0, 1);
  }

  @Test
  void similarKeysChainIntoOneGroup() {
    int[] roots =
        SimilarKeys.groups(
            List.of(set("a", "b", "c", "d"), set("a", "b", "c", "e"), set("a", "b", "e", "f")),
            List.of("en", "en", "en"),
            0.6);

    assertThat(roots).containsExactly(0, 0, 0);
  }

  @Test
  void theJoinMatchesComparingEveryPairOnRandomSets() {
    Random random = new Random(18);
    for (double threshold : new double[] {0.5, 0.6, 0.75, 0.8}) {
      List<String[]> sets = new ArrayList<>();
      List<String> languages = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        TreeSet<String> stems = new TreeSet<>();
        int size = 1 + random.nextInt(5);
        while (stems.size() < size) {
          stems.add("w" + random.nextInt(12));
        }
        sets.add(stems.toArray(String[]::new));
        languages.add(i % 7 == 0 ? "de" : "en");
      }

      int[] joined = SimilarKeys.groups(sets, languages, threshold);

      assertThat(joined)
          .as("threshold %s", threshold)
          .containsExactly(everyPair(sets, languages, threshold));
    }
  }

  @Test
  void prefixLengthsAndJaccard() {
    assertThat(SimilarKeys.prefixLength(4, 0.75)).isEqualTo(2);
    assertThat(SimilarKeys.prefixLength(1, 0.75)).isEqualTo(1);
    assertThat(SimilarKeys.prefixLength(0, 0.75)).isZero();
    assertThat(SimilarKeys.jaccard(set("a", "b", "c"), set("b", "c", "d"))).isEqualTo(0.5);
    assertThat(SimilarKeys.jaccard(set(), set())).isEqualTo(1);
  }

  /** The groups by brute force: every pair compared, joined transitively, smallest index first. */
  private static int[] everyPair(List<String[]> sets, List<String> languages, double threshold) {
    int n = sets.size();
    int[] group = new int[n];
    Arrays.setAll(group, i -> i);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (languages.get(i).equals(languages.get(j))
              && SimilarKeys.jaccard(sets.get(i), sets.get(j)) >= threshold - 1e-9
              && group[i] != group[j]) {
            int low = Math.min(group[i], group[j]);
            int high = Math.max(group[i], group[j]);
            for (int k = 0; k < n; k++) {
              if (group[k] == high) {
                group[k] = low;
              }
            }
            changed = true;
          }
        }
      }
    }
    return group;
  }

  private static String[] set(String... stems) {
    return new TreeSet<>(List.of(stems)).toArray(String[]::new);
  }
}
