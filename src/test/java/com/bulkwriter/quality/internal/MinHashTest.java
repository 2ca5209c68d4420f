package com.bulkwriter.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {

  private final String english =
      ArticleText.of(Fixture.load("en-hiking-boots.md").markdown()).prose();

  @Test
  void theSameTextHasTheSameSignatureWhateverItsCaseAndPunctuation() {
    int[] one = MinHash.signature(english, 5);
    int[] other = MinHash.signature(english.toUpperCase().replace(".", " !"), 5);

    assertThat(MinHash.similarity(one, other)).isEqualTo(1.0);
    assertThat(MinHash.decode(MinHash.encode(one))).isEqualTo(one);
  }

  @Test
  void aTextWithAFewWordsChangedIsACandidateAndAboveTheThreshold() {
    String edited = english.replace("late afternoon", "early evening").replace("fire", "stove");
    int[] one = MinHash.signature(english, 5);
    int[] other = MinHash.signature(edited, 5);

    assertThat(MinHash.similarity(one, other)).isGreaterThanOrEqualTo(0.8).isLessThan(1.0);
    assertThat(shared(MinHash.bandKeys(one), MinHash.bandKeys(other))).isGreaterThan(0);
  }

  @Test
  void differentArticlesAreNeitherSimilarNorCandidates() {
    String german = ArticleText.of(Fixture.load("de-wanderschuhe.md").markdown()).prose();
    String portuguese = ArticleText.of(Fixture.load("pt-botas.md").markdown()).prose();
    int[] en = MinHash.signature(english, 5);
    int[] de = MinHash.signature(german, 5);
    int[] pt = MinHash.signature(portuguese, 5);

    assertThat(MinHash.similarity(en, de)).isLessThan(0.1);
    assertThat(MinHash.similarity(de, pt)).isLessThan(0.1);
    assertThat(shared(MinHash.bandKeys(en), MinHash.bandKeys(pt))).isZero();
  }

  @Test
  void aTextWithoutWordsHasNoSignatureAndAShortOneIsOneShingle() {
    assertThat(MinHash.signature("  — ", 5)).isNull();
    assertThat(MinHash.signature("two words", 5)).isEqualTo(MinHash.signature("Two, words!", 5));
  }

  private static long shared(long[] a, long[] b) {
    Set<Long> keys = new HashSet<>();
    Arrays.stream(a).forEach(keys::add);
    return Arrays.stream(b).filter(keys::contains).count();
  }
}
