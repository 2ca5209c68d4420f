package com.bulkwriter.keywords.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keywords normalised with Lucene's analyzer for their language: fixtures in en, de and pt. */
class KeywordNormalizerTest {

  private final KeywordNormalizer normalizer = new KeywordNormalizer();

  @Test
  void englishKeywordsThatDifferInCaseOrderPunctuationStopWordsOrPluralShareOneKey() {
    String key = normalizer.key("best hiking boots", "en");

    assertThat(key).isEqualTo("en:best boot hike");
    assertThat(normalizer.key("hiking boots best", "en")).isEqualTo(key);
    assertThat(normalizer.key("best hiking boot", "en")).isEqualTo(key);
    assertThat(normalizer.key("Best Hiking-Boots!", "en")).isEqualTo(key);
    assertThat(normalizer.key("the best boots for hiking", "en")).isEqualTo(key);
    assertThat(normalizer.key("best waterproof hiking boots", "en")).isNotEqualTo(key);
  }

  @Test
  void germanKeywordsAreStemmedAndLoseTheirStopWordsAndUmlauts() {
    String key = normalizer.key("beste Wanderschuhe für Damen", "de");

    assertThat(key).startsWith("de:");
    assertThat(normalizer.key("Wanderschuhe Damen beste", "de")).isEqualTo(key);
    assertThat(normalizer.key("Die besten Wanderschuhe für Damen", "de")).isEqualTo(key);
    assertThat(normalizer.key("Müsli Rezepte", "de"))
        .isEqualTo(normalizer.key("muesli rezept", "de"));
  }

  @Test
  void portugueseKeywordsAreStemmedAndLoseTheirStopWords() {
    String key = normalizer.key("melhores botas de caminhada", "pt-BR");

    assertThat(key).startsWith("pt:");
    assertThat(normalizer.key("botas de caminhada melhores", "pt")).isEqualTo(key);
    assertThat(normalizer.key("melhor bota de caminhada", "pt-PT")).isEqualTo(key);
    assertThat(normalizer.key("Melhores Botas para Caminhada", "pt")).isEqualTo(key);
  }

  @Test
  void theSameWordsInAnotherLanguageHaveAnotherKey() {
    assertThat(normalizer.key("hiking boots", "en"))
        .isNotEqualTo(normalizer.key("hiking boots", "de"));
  }

  @Test
  void aLanguageWithoutAnAnalyzerIsLowerCasedAndSplitOnly() {
    assertThat(KeywordNormalizer.stems("ja")).isFalse();
    assertThat(KeywordNormalizer.stems("en-GB")).isTrue();
    assertThat(normalizer.key("Hiking, Boots the", "xx")).isEqualTo("xx:boots hiking the");
  }

  @Test
  void aKeywordOfStopWordsOnlyKeepsItsWords() {
    assertThat(normalizer.key("To be or not", "en")).isEqualTo("en:be not or to");
  }

  @Test
  void aMissingLanguageCountsAsEnglish() {
    assertThat(KeywordNormalizer.language(null)).isEqualTo("en");
    assertThat(KeywordNormalizer.language(" ")).isEqualTo("en");
    assertThat(KeywordNormalizer.language("PT_br")).isEqualTo("pt");
  }
}
