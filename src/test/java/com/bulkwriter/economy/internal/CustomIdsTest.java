package com.bulkwriter.economy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.generation.BatchApi;
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

  @Test
  void aStepOfALongArticleIsNamedByASuffixInsideTheLimit() {
    String outline = CustomIds.of(article, intent, 0);
    String section = CustomIds.of(article, intent, 12);

    assertThat(section).hasSizeLessThanOrEqualTo(64).matches("[a-zA-Z0-9_-]+");
    assertThat(CustomIds.request(outline, intent)).isEqualTo(new CustomIds.Request(article, 0));
    assertThat(CustomIds.request(section, intent)).isEqualTo(new CustomIds.Request(article, 12));
    assertThat(CustomIds.request(section, UUID.randomUUID())).isNull();
    assertThat(CustomIds.request(CustomIds.of(article, intent), intent))
        .isEqualTo(new CustomIds.Request(article, BatchApi.WHOLE_ARTICLE));
    assertThat(CustomIds.of(article, intent, BatchApi.WHOLE_ARTICLE))
        .isEqualTo(CustomIds.of(article, intent));
    assertThat(CustomIds.request(outline + "x", intent)).isNull();
  }
}
