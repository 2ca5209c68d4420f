package com.bulkwriter.export.internal;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.ReviewState;
import com.bulkwriter.batch.WrittenArticle;
import com.bulkwriter.generation.TokenUsage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Articles as the batch module hands them to exports, for renderer and archive tests. */
final class SampleArticles {

  static final Instant CREATED = Instant.parse("2026-11-28T10:00:00Z");

  /** Markdown the way LLMs write it: blocks glued to the line before, nested lists, a table. */
  static final String LLM_MARKDOWN =
      """
      # Espresso at Home
      Pull a **great** shot with *fresh* beans and `9 bar` of pressure.
      ## Equipment
      - A grinder
        - burr, not blade
      - A machine
      1. Weigh 18 g
      2. Tamp evenly
      Read [the guide](https://example.com/guide) or <https://example.org>.
      | Grind | Time |
      |---|---|
      | fine | 25 s |
      | coarse | 15 s |
      After the table.
      > Coffee is a language in itself.
      ### Ratios
      Text before a rule
      ---
      ```
      ratio = 1:2
      ```
      """;

  private SampleArticles() {}

  static WrittenArticle article(String keyword, String title, String slug, String markdown) {
    return new WrittenArticle(
        UUID.randomUUID(),
        UUID.fromString("00000000-0000-0000-0000-000000000001"),
        1,
        keyword,
        ArticleState.SUCCEEDED,
        title,
        slug,
        "How to pull espresso at home: equipment, ratios and timing.",
        markdown,
        120,
        "en",
        new TokenUsage(350, 900, new BigDecimal("0.001250")),
        CREATED,
        CREATED.plusSeconds(2),
        ReviewState.UNREVIEWED,
        null);
  }

  static WrittenArticle espresso() {
    return article("espresso at home", "Espresso at Home", "espresso-at-home", LLM_MARKDOWN);
  }
}
