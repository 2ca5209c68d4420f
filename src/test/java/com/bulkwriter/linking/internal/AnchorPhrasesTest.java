package com.bulkwriter.linking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorPhrasesTest {

  @Test
  void theKeywordItsCoreTheShortTitleAndShortHeadingsInThatOrder() {
    List<String> phrases =
        AnchorPhrases.of(
            "best hiking boots",
            "Hiking Boots: What to Buy in 2026?",
            List.of(
                "Hiking Boots: What to Buy in 2026?",
                "Waterproof leather boots",
                "FAQ",
                "How we tested every single pair of boots this year"));

    assertThat(phrases)
        .containsExactly(
            "best hiking boots",
            "hiking boots",
            "Hiking Boots: What to Buy in 2026",
            "Waterproof leather boots");
  }

  @Test
  void aOneWordKeywordCountsOnlyWhenItIsNotTiny() {
    assertThat(AnchorPhrases.of("espresso", null, List.of())).containsExactly("espresso");
    assertThat(AnchorPhrases.of("tea", "", List.of())).isEmpty();
  }

  @Test
  void germanAndPortugueseOpenersAreDroppedToo() {
    assertThat(AnchorPhrases.of("beste Wanderschuhe Damen", null, List.of()))
        .containsExactly("beste Wanderschuhe Damen", "Wanderschuhe Damen");
    assertThat(AnchorPhrases.of("melhores botas de caminhada", null, List.of()))
        .containsExactly("melhores botas de caminhada", "botas de caminhada");
  }
}
