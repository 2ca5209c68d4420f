package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.TokenUsage;
import com.bulkwriter.generation.Words;
import com.bulkwriter.generation.WritingProgress;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long articles in steps: the outline, sections held to their share, resuming saved steps. */
class LongArticleWriterTest {

  private final List<Prompt> asked = new ArrayList<>();

  @Test
  void theSharesOfTheSectionsAddUpToTheTarget() {
    assertThat(LongArticleWriter.shares(1_994, 8))
        .containsExactly(250, 250, 249, 249, 249, 249, 249, 249);
    assertThat(java.util.Arrays.stream(LongArticleWriter.shares(3_001, 12)).sum()).isEqualTo(3_001);
  }

  @Test
  void aSectionTooShortIsARetryableFailureAndOneTooLongIsCutAtASentenceEnd() {
    assertThatThrownBy(
            () -> LongArticleWriter.fit("## Intro\n\nOnly a few words.", "Intro", 100, 1))
        .isInstanceOfSatisfying(GenerationFailure.class, f -> assertThat(f.retryable()).isTrue())
        .hasMessage("Section 1 had 5 words of the 100 asked for");

    String tooLong =
        "## Intro\n\n" + "One two three four five six seven eight nine ten. ".repeat(30);
    String fitted = LongArticleWriter.fit(tooLong, "Intro", 100, 1);

    assertThat(Words.count(fitted)).isBetween(85, 115);
    assertThat(fitted).endsWith("ten.");
  }

  @Test
  void aSectionWithoutItsHeadingGetsItAndAnAddedArticleTitleIsDropped() {
    String body = "Words and more words here. ".repeat(4);
    assertThat(LongArticleWriter.fit("# The Whole Article\n\n" + body, "Basics", 20, 2))
        .startsWith("## Basics\n\nWords and more words");
  }

  @Test
  void anOutlineIsReadLenientlyAndAFaqAskedForBecomesTheLastSection() {
    ArticleSpec spec = spec(true);
    Outline outline =
        Outline.parse(
            "**Title:** Bread at Home\nslug: bread\n---\n1. Flour\n2. **Water**\n- Salt\n",
            spec,
            3);

    assertThat(outline.title()).isEqualTo("Bread at Home");
    assertThat(outline.headings()).containsExactly("Flour", "Water", "FAQ");
    assertThatThrownBy(() -> Outline.parse("TITLE: Nothing planned\n---\n", spec, 3))
        .isInstanceOf(GenerationFailure.class)
        .hasMessageContaining("0 section headings of the 3 asked for");
  }

  @Test
  void finishedStepsAreNeverAskedForAgainAndTheirUsageIsAddedUp() {
    StepLog log = StepLog.inMemory();
    ArticleSpec spec = spec(false);
    var failing = new LongArticleWriter((prompt, progress) -> answer(prompt, asked.size() == 3));
    assertThatThrownBy(() -> failing.write(spec, log, WritingProgress.NONE))
        .isInstanceOf(GenerationFailure.class);
    assertThat(asked).hasSize(4);
    asked.clear();

    GeneratedArticle article =
        new LongArticleWriter((prompt, progress) -> answer(prompt, false))
            .write(spec, log, WritingProgress.NONE);

    int sections = Prompts.sections(2_000);
    assertThat(asked).hasSize(sections - 2); // outline and sections 1–2 were saved
    assertThat(asked.getFirst().user()).contains("(section 3 of " + sections + ")");
    assertThat(article.usage().promptTokens()).isEqualTo(10L * (sections + 1));
    assertThat(article.usage().costUsd()).isEqualByComparingTo("0.00" + (sections + 1));
    assertThat(article.wordCount()).isBetween(1_700, 2_300);
  }

  @Test
  void progressCountsTheTitleAndTheSectionsSoFarAcrossStepsButNotTheOutline() {
    StepLog log = StepLog.inMemory();
    List<Integer> reported = new ArrayList<>();
    LongArticleWriter writer =
        new LongArticleWriter(
            (prompt, progress) -> {
              LongArticleWriter.Answer answer = answer(prompt, false);
              progress.wordsWritten(Words.count(answer.text()) / 2); // half-way through the stream
              return answer;
            });

    GeneratedArticle article = writer.write(spec(false), log, reported::add);

    int sections = Prompts.sections(2_000);
    assertThat(reported).hasSize(2 * sections); // half-way and done, for each section only
    assertThat(reported).isSorted();
    assertThat(reported.getFirst()).isBetween(100, 150); // the title and half of section 1
    assertThat(reported.getLast()).isEqualTo(article.wordCount());

    List<Integer> resumed = new ArrayList<>();
    asked.clear();
    writer.write(spec(false), log, resumed::add);
    assertThat(asked).isEmpty();
    assertThat(resumed).hasSize(sections).isSorted();
    assertThat(resumed.getLast()).isEqualTo(article.wordCount());
  }

  private LongArticleWriter.Answer answer(Prompt prompt, boolean fail) {
    asked.add(prompt);
    if (fail) {
      throw GenerationFailure.retryable("503 from the provider", null);
    }
    TokenUsage usage = new TokenUsage(10, 100, new BigDecimal("0.001"));
    if (prompt.user().startsWith("Write the outline")) {
      StringBuilder outline = new StringBuilder("TITLE: Bread\n---\n");
      for (int i = 1; i <= Prompts.sections(2_000); i++) {
        outline.append("## Step ").append(i).append('\n');
      }
      return new LongArticleWriter.Answer(outline.toString(), usage);
    }
    int words =
        Integer.parseInt(prompt.user().replaceAll("(?s).*Length: about (\\d+) words.*", "$1"));
    return new LongArticleWriter.Answer("word ".repeat(words), usage);
  }

  private static ArticleSpec spec(boolean faq) {
    return new ArticleSpec(
        "bread",
        null,
        "openai",
        null,
        "en",
        "friendly",
        2_000,
        null,
        "second-person",
        faq,
        null,
        List.of(),
        List.of());
  }
}
