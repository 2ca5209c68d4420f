package com.bulkwriter.linking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.linking.LinkPlaceholders;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

  @Test
  void runsAreThePlainTextAtTheirSourcePositionsAndNeverHeadingsCodeOrLinks() {
    UUID linked = UUID.randomUUID();
    String markdown =
        """
        # Hiking boots guide

        Good hiking boots matter. Read about `hiking boots` in code and
        [hiking boots](https://example.com) elsewhere, and %s.

        ```
        hiking boots in a fence
        ```

        > Quoted hiking boots are fine.

        | Item | Note |
        |---|---|
        | boots | hiking boots in a table |
        """
            .formatted(LinkPlaceholders.link("tents", linked));

    ArticleText text = ArticleText.of(markdown);

    assertThat(text.headings()).containsExactly("Hiking boots guide");
    assertThat(text.linked()).containsExactly(linked);
    for (ArticleText.Run run : text.runs()) {
      assertThat(markdown.substring(run.start(), run.start() + run.text().length()))
          .isEqualTo(run.text());
    }
    assertThat(text.runs())
        .extracting(ArticleText.Run::text)
        .contains("Good hiking boots matter. Read about ", "Quoted hiking boots are fine.")
        .doesNotContain("hiking boots", "Hiking boots guide", "hiking boots in a fence", "tents")
        .anyMatch(run -> run.contains("hiking boots in a table"));
  }

  @Test
  void textWhoseSourceDiffersByEscapesIsNotARun() {
    ArticleText text = ArticleText.of("Boots \\*and\\* tents &amp; more.\n");

    assertThat(text.runs())
        .allSatisfy(
            run ->
                assertThat(
                        text.markdown().substring(run.start(), run.start() + run.text().length()))
                    .isEqualTo(run.text()));
  }
}
