package com.bulkwriter.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

  @Test
  void fleschForEnglishCountsWordsSentencesAndSyllables() {
    // 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 1
    assertThat(Readability.FLESCH.score(List.of("The cat sat on the mat."))).contains(116.1);
    assertThat(Readability.FLESCH.syllables("hike")).isEqualTo(1);
    assertThat(Readability.FLESCH.syllables("table")).isEqualTo(2);
    assertThat(Readability.FLESCH.syllables("mountaineering")).isEqualTo(4);
  }

  @Test
  void amstadForGermanCountsUmlautsAndDiphthongsAsOneSyllable() {
    // 6 words, 7 syllables (der hund läuft schnell nach hau-se): 180 - 6 - 58.5 * 7 / 6
    assertThat(Readability.AMSTAD.score(List.of("Der Hund läuft schnell nach Hause.")))
        .contains(105.8);
  }

  @Test
  void martinsForPortuguese() {
    // 5 words, 8 syllables (o ga-to dor-me na ca-sa): 248.835 - 1.015 * 5 - 84.6 * 8 / 5
    assertThat(Readability.MARTINS.score(List.of("O gato dorme na casa."))).contains(108.4);
  }

  @Test
  void theFormulaFollowsTheLanguageAndOthersHaveNone() {
    assertThat(Readability.forLanguage("en")).contains(Readability.FLESCH);
    assertThat(Readability.forLanguage("pt-BR")).contains(Readability.MARTINS);
    assertThat(Readability.forLanguage("DE")).contains(Readability.AMSTAD);
    assertThat(Readability.forLanguage("fr")).contains(Readability.KANDEL_MOLES);
    assertThat(Readability.forLanguage("es")).isEmpty();
    assertThat(Readability.forLanguage(null)).isEmpty();
    assertThat(Readability.FLESCH.score(List.of("…"))).isEmpty();
  }
}
