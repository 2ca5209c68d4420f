package com.bulkwriter.economy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A custom_id names the article and the intent, inside Anthropic's 64 characters. */
class CustomIdsTest {

  private final UUID article = UUID.randomUUID();
  private final UUID intent = UUID.randomUUID();

  @Test
  void aCustomIdGivesItsArticleToItsOwnIntentOnly() {
    String customId = CustomIds.of(article, intent);

    assertThat(customId).hasSizeLessThanOrEqualTo(64).matches("[a-zA-Z0-9_-]+");
    assertThat(CustomIds.article(customId, intent)).isEqualTo(article);
    assertThat(CustomIds.article(customId, UUID.randomUUID())).isNull();
  }

  @Test
  void aBareArticleIdIsStillReadAndAStrangeOneIsNot() {
    assertThat(CustomIds.article(article.toString(), intent)).isEqualTo(article);
    assertThat(CustomIds.article("request-1", intent)).isNull();
    assertThat(CustomIds.article(null, intent)).isNull();
  }
}
