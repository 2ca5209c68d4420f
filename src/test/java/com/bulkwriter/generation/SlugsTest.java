package com.bulkwriter.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '"',
      value = {
        "Hello World; hello-world",
        "  The Complete Guide to SEO!  ; the-complete-guide-to-seo",
        "Café Crème à la française; cafe-creme-a-la-francaise",
        "Straße & Smørrebrød; strasse-smorrebrod",
        "Œuvre Æsthetics Łódź; oeuvre-aesthetics-lodz",
        "What's new in C++ 20?; whats-new-in-c-20",
        "L’Oréal’s story; loreals-story",
        "a -- b __ c ... d; a-b-c-d",
        "Привет мир; привет-мир",
        "Йогурт и ёлка; йогурт-и-ёлка",
        "東京 旅行; 東京-旅行",
        "ガイド ブック; ガイド-ブック",
        "हिन्दी भाषा; हिन्दी-भाषा",
        "Ελληνικά Νέα; ελληνικα-νεα",
        "100% Pure, 2024 Edition; 100-pure-2024-edition",
      })
  void keepsLettersAndDigitsOfEveryScriptAndDropsLatinAccents(String title, String slug) {
    assertThat(Slugs.of(title)).isEqualTo(slug);
  }

  @Test
  void longTitlesAreCutAtAHyphenWithinEightyCharacters() {
    String title = "The Complete and Utterly Exhaustive Guide to ".repeat(4);
    String slug = Slugs.of(title);
    assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
    assertThat(slug).doesNotEndWith("-").startsWith("the-complete-and-utterly-exhaustive-guide-to");
  }

  @Test
  void aSingleHugeWordIsCutHard() {
    assertThat(Slugs.of("x".repeat(200))).isEqualTo("x".repeat(Slugs.MAX_LENGTH));
  }

  @Test
  void titlesWithoutLettersGetAStableHashedSlug() {
    String slug = Slugs.of("!!! ??? 🚀");
    assertThat(slug).matches("article-[0-9a-f]{8}");
    assertThat(Slugs.of("!!! ??? 🚀")).isEqualTo(slug);
    assertThat(Slugs.of("...")).isNotEqualTo(slug).startsWith("article-");
    assertThat(Slugs.of(null)).startsWith("article-");
  }
}
