package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.TokenUsage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

  private static final String BODY =
      "Some words about coffee beans and roasting them well. ".repeat(20);

  @Test
  void readsTheLabelledLinesAndTheBody() {
    GeneratedArticle article =
        parse(
            "TITLE: Coffee at Home\nSLUG: coffee-at-home\nMETA: Brew better coffee.\n---\n"
                + "# Coffee at Home\n"
                + BODY);
    assertThat(article.title()).isEqualTo("Coffee at Home");
    assertThat(article.slug()).isEqualTo("coffee-at-home");
    assertThat(article.metaDescription()).isEqualTo("Brew better coffee.");
    assertThat(article.markdown()).startsWith("# Coffee at Home\n\nSome words");
  }

  @Test
  void repairsAFenceAroundEverythingBoldLabelsAndAMissingSlugMetaAndHeading() {
    GeneratedArticle article =
        parse("```markdown\n**Title:** Coffee *Basics*\n\n" + BODY + "\n```");
    assertThat(article.title()).isEqualTo("Coffee *Basics");
    assertThat(article.slug()).isEqualTo("coffee-basics");
    assertThat(article.metaDescription()).startsWith("Some words about coffee");
    assertThat(article.markdown()).startsWith("# Coffee *Basics\n\n").doesNotContain("```");
  }

  @Test
  void withoutLabelsTheTitleComesFromTheHeadingAndTheUsersTitleWins() {
    assertThat(parse("# From The Heading\n" + BODY).title()).isEqualTo("From The Heading");
    ArticleSpec titled = spec("My Own Title");
    assertThat(ArticleParser.parse("# Other\n" + BODY, titled, TokenUsage.NONE).title())
        .isEqualTo("My Own Title");
  }

  @Test
  void anAnswerFarShorterThanAskedIsRetryable() {
    assertThatThrownBy(() -> parse("TITLE: Cut\n---\n# Cut\nOnly a few words."))
        .isInstanceOfSatisfying(GenerationFailure.class, f -> assertThat(f.retryable()).isTrue());
  }

  private static GeneratedArticle parse(String answer) {
    return ArticleParser.parse(answer, spec(null), TokenUsage.NONE);
  }

  private static ArticleSpec spec(String title) {
    return new ArticleSpec(
        "coffee",
        title,
        "openai",
        null,
        "en",
        "casual",
        200,
        null,
        "second-person",
        false,
        null,
        List.of(),
        List.of());
  }
}
