package com.bulkwriter.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeneratedArticleTest {

  @Test
  void aTitleLongerThanItsColumnIsCutToFitAndStaysOneLine() {
    String title = "Hiking\tboots\n" + "x".repeat(600);

    var article = new GeneratedArticle(title, "slug", "meta", "# Hiking\n", 1);

    assertThat(article.title())
        .hasSize(GeneratedArticle.MAX_TITLE_LENGTH)
        .startsWith("Hiking boots x");
  }

  @Test
  void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
    String title = "a".repeat(GeneratedArticle.MAX_TITLE_LENGTH - 1) + "😀😀";

    var article = new GeneratedArticle(title, "s", "m", "# a\n", 1);

    assertThat(article.title())
        .hasSize(GeneratedArticle.MAX_TITLE_LENGTH - 1)
        .doesNotContain("\uD83D");
  }

  @Test
  void slugAndMetaDescriptionAreCutToTheirColumns() {
    var article = new GeneratedArticle("T", "s".repeat(300), "m".repeat(300), "# T\n", 1);

    assertThat(article.slug()).hasSize(GeneratedArticle.MAX_SLUG_LENGTH);
    assertThat(article.metaDescription()).hasSize(GeneratedArticle.MAX_META_LENGTH);
  }

  @Test
  void controlCharactersLeaveTheBodyButTabsAndLineBreaksStay() {
    var article =
        new GeneratedArticle("T", "t", "m", "# T\r\n\nNul\u0000 bell\u0007\tend\u001b\n", 2);

    assertThat(article.markdown()).isEqualTo("# T\r\n\nNul bell\tend\n");
  }

  @Test
  void aCleanAnswerIsKeptAsItIs() {
    String body = "# Boots\n\nGood boots.\n";

    var article = new GeneratedArticle("Boots", "boots", "Good boots.", body, 3);

    assertThat(article.markdown()).isSameAs(body);
    assertThat(article.title()).isEqualTo("Boots");
    assertThat(article.usage()).isEqualTo(TokenUsage.NONE);
  }
}
