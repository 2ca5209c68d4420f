package com.bulkwriter.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.quality.QualityCheck;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleChecksTest {

  private final ArticleChecks checks = new ArticleChecks(QualityProperties.DEFAULTS);

  @ParameterizedTest
  @ValueSource(strings = {"en-hiking-boots.md", "de-wanderschuhe.md", "pt-botas.md"})
  void aWellWrittenArticlePassesEveryCheckInEnglishGermanAndPortuguese(String name) {
    Fixture fixture = Fixture.load(name);

    Findings findings = checks.check(fixture.content());

    assertThat(findings.failures()).isEmpty();
    assertThat(findings.readability()).isGreaterThan(60.0);
    assertThat(findings.formula()).isNotBlank();
    assertThat(findings.signature()).hasSize(MinHash.SIZE);
  }

  @Test
  void eachLanguageIsScoredWithItsOwnFormula() {
    assertThat(checks.check(Fixture.load("en-hiking-boots.md").content()).formula())
        .isEqualTo("Flesch reading ease");
    assertThat(checks.check(Fixture.load("de-wanderschuhe.md").content()).formula())
        .startsWith("Amstad");
    assertThat(checks.check(Fixture.load("pt-botas.md").content()).formula())
        .startsWith("Flesch by Martins");
  }

  @Test
  void aPoorArticleFailsEveryCheckItBreaksSayingWhy() {
    Fixture fixture = Fixture.load("en-hard-article.md");

    Findings findings = checks.check(fixture.content(1_000));

    assertThat(findings.failures())
        .containsOnlyKeys(
            QualityCheck.LENGTH,
            QualityCheck.KEYWORD_IN_TITLE,
            QualityCheck.KEYWORD_IN_H1,
            QualityCheck.KEYWORD_IN_INTRO,
            QualityCheck.KEYWORD_IN_META,
            QualityCheck.KEYWORD_IN_SLUG,
            QualityCheck.META_LENGTH,
            QualityCheck.TITLE_LENGTH,
            QualityCheck.HEADINGS,
            QualityCheck.READABILITY,
            QualityCheck.REPETITION);
    assertThat(findings.failures().get(QualityCheck.LENGTH)).contains("target 1,000 ±10 %");
    assertThat(findings.failures().get(QualityCheck.META_LENGTH))
        .isEqualTo("10 characters; use 120 to 160");
    assertThat(findings.failures().get(QualityCheck.TITLE_LENGTH))
        .isEqualTo("80 characters; at most 60");
    assertThat(findings.failures().get(QualityCheck.HEADINGS)).isEqualTo("2 H1 headings; use one");
    assertThat(findings.failures().get(QualityCheck.READABILITY)).contains("Flesch reading ease");
    assertThat(findings.failures().get(QualityCheck.REPETITION))
        .startsWith("paragraph said 2 times: “Notwithstanding");
  }

  @Test
  void theLengthMayBeTenPercentOffTheTargetAndNoMore() {
    Fixture fixture = Fixture.load("en-hiking-boots.md");
    int words = fixture.words();

    assertThat(checks.check(fixture.content((int) Math.ceil(words / 1.1))).failures())
        .doesNotContainKey(QualityCheck.LENGTH);
    assertThat(checks.check(fixture.content((int) Math.floor(words / 0.9))).failures())
        .doesNotContainKey(QualityCheck.LENGTH);
    assertThat(checks.check(fixture.content(words * 2)).failures())
        .containsKey(QualityCheck.LENGTH);
  }

  @Test
  void aSkippedHeadingLevelIsNamedAndOneH1IsRequired() {
    var h1 = new ArticleText.Heading(1, "Title");
    var h2 = new ArticleText.Heading(2, "Part");
    var h4 = new ArticleText.Heading(4, "Detail");

    assertThat(ArticleChecks.headings(List.of(h1, h2, h2))).isEmpty();
    assertThat(ArticleChecks.headings(List.of(h1, h2, h4))).contains("H4 “Detail” follows an H2");
    assertThat(ArticleChecks.headings(List.of(h2))).contains("no H1");
    assertThat(ArticleChecks.headings(List.of(h2, h1))).contains("H2 “Part” follows no heading");
  }

  @Test
  void theKeywordIsFoundWhateverItsCaseAccentsOrTransliterationInTheSlug() {
    Fixture german = Fixture.load("de-wanderschuhe.md");
    CheckedContent transliterated =
        new CheckedContent(
            german.content().articleId(),
            german.content().batchId(),
            1,
            "WANDERSCHUHE FÜR KINDER",
            german.title(),
            "wanderschuhe-fuer-kinder-2026",
            german.meta(),
            german.markdown(),
            german.words(),
            german.words(),
            "de",
            false);

    assertThat(checks.check(transliterated).failures()).isEmpty();
  }

  @Test
  void aLanguageWithoutAFormulaIsNotScored() {
    Fixture english = Fixture.load("en-hard-article.md");
    CheckedContent dutch =
        new CheckedContent(
            english.content().articleId(),
            english.content().batchId(),
            1,
            english.keyword(),
            english.title(),
            english.slug(),
            english.meta(),
            english.markdown(),
            english.words(),
            english.words(),
            "nl",
            false);

    Findings findings = checks.check(dutch);

    assertThat(findings.readability()).isNull();
    assertThat(findings.formula()).isNull();
    assertThat(findings.failures()).doesNotContainKey(QualityCheck.READABILITY);
  }

  @Test
  void codeBlocksAreNotProseAndRepeatedShortSentencesAreStyle() {
    String markdown =
        "# Title\n\nYes. Yes. This sentence is long enough to be compared here.\n\n"
            + "```\nThis sentence is long enough to be compared here.\n```\n";

    ArticleText text = ArticleText.of(markdown);

    assertThat(text.paragraphs()).hasSize(1);
    assertThat(Repetition.find(text.paragraphs(), 6)).isEmpty();
    assertThat(
            Repetition.find(
                List.of("One two three four five six.", "one two three four five six"), 6))
        .contains("paragraph said 2 times: “One two three four five six.”");
    assertThat(
            Repetition.find(
                List.of("A b c d e f. Other words here.", "Something else. A B C D E F!"), 6))
        .contains("sentence said 2 times: “A b c d e f.”");
  }
}
