package com.bulkwriter.batch.internal;

import static com.bulkwriter.batch.internal.SettingsReaderTest.OFFLINE;
import static com.bulkwriter.batch.internal.SettingsReaderTest.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.bulkwriter.batch.ArticleOverrides;
import com.bulkwriter.batch.BatchSettings;
import com.bulkwriter.generation.Providers;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {

  private final SettingsReader settingsReader =
      new SettingsReader(new Providers(List.of(OFFLINE, OPENAI)));
  private final SubmissionValidator validator =
      new SubmissionValidator(
          settingsReader, new BatchProperties(null, null, null, null, null, null, null, null));

  @Test
  void aValidSubmissionComesBackTypedWithDefaultsAndRowOverrides() {
    ValidSubmission valid =
        validator.validate(
            raw(
                "Spring garden",
                Map.of("tone", "friendly"),
                item("  tomatoes  "),
                Map.of("keyword", "roses", "provider", "offline", "wordCount", "1200")));

    assertThat(valid.name()).isEqualTo("Spring garden");
    assertThat(valid.settings())
        .isEqualTo(
            new BatchSettings(
                "openai",
                "gpt-4o-mini",
                "en",
                "friendly",
                800,
                null,
                "second-person",
                false,
                null,
                null,
                List.of(),
                List.of(),
                "realtime"));
    assertThat(valid.rows())
        .containsExactly(
            new ValidSubmission.Row("tomatoes", ArticleOverrides.NONE),
            new ValidSubmission.Row(
                "roses",
                new ArticleOverrides(
                    null, "offline", "draft-1", null, null, 1200, null, null, null, null)));
  }

  private static final String BLANK =
      "is blank (spaces and invisible characters do not count); every row needs a keyword";

  @Test
  void keywordsLoseInvisibleCharactersAroundThemAndThoseMadeOnlyOfThemAreBlank() {
    InvalidInputException e =
        invalid(raw(null, Map.of(), item("\u00A0\u200B"), item("\uFEFF\u2060\u3000\u3164")));
    ValidSubmission valid =
        validator.validate(raw(null, Map.of(), item("\u200Btomatoes\u00A0"), item("a\u00A0b")));

    assertThat(e.errors())
        .containsExactly(InputError.row(1, "keyword", BLANK), InputError.row(2, "keyword", BLANK));
    assertThat(valid.rows())
        .extracting(ValidSubmission.Row::keyword)
        .containsExactly("tomatoes", "a\u00A0b");
  }

  @Test
  void controlCharactersInTheNameKeywordsAndOverridesAreNamedByRowAndField() {
    InvalidInputException e =
        invalid(
            raw(
                "batch\u0000",
                Map.of("audience", "cooks\u001B"),
                item("line\nbreak"),
                Map.of("keyword", "ok", "title", "bell\u0007", "tone", "casual\u0085"),
                Map.of("keyword", "ok", "instructions", "two\nlines\tare fine")));

    assertThat(e.errors())
        .extracting(InputError::row, InputError::field)
        .containsExactly(
            tuple(null, "name"),
            tuple(null, "settings.audience"),
            tuple(1, "keyword"),
            tuple(2, "title"),
            tuple(2, "tone"));
    assertThat(e.errors().getFirst().message())
        .isEqualTo(
            "contains the control character U+0000 at position 6; use one line of printable text");
  }

  @Test
  void blankOrMissingKeywordsAreNamedByRow() {
    Map<String, Object> nullKeyword = new HashMap<>();
    nullKeyword.put("keyword", null);

    InvalidInputException e =
        invalid(
            raw(
                null,
                Map.of(),
                item("ok"),
                item(""),
                item("   "),
                Map.of("title", "T"),
                nullKeyword));

    assertThat(e.errors())
        .containsExactly(
            InputError.row(2, "keyword", BLANK),
            InputError.row(3, "keyword", BLANK),
            InputError.row(4, "keyword", BLANK),
            InputError.row(5, "keyword", BLANK));
    assertThat(e).hasMessage("The batch has 4 problems; nothing was saved.");
  }

  @Test
  void aKeywordMayBeTwoHundredCharactersButNotMore() {
    String longest = "k".repeat(200);

    assertThat(validator.validate(raw(null, Map.of(), item(longest))).rows().getFirst().keyword())
        .isEqualTo(longest);
    assertThat(invalid(raw(null, Map.of(), item(longest + "k"))).errors())
        .containsExactly(InputError.row(1, "keyword", "is 201 characters long; at most 200"));
  }

  @Test
  void aNumericKeywordIsTakenAsText() {
    ValidSubmission valid = validator.validate(raw(null, Map.of(), Map.of("keyword", 2025)));

    assertThat(valid.rows().getFirst().keyword()).isEqualTo("2025");
  }

  @Test
  void aBatchNeedsAtLeastOneKeyword() {
    InvalidInputException e = invalid(raw(null, Map.of()));

    assertThat(e.errors())
        .containsExactly(InputError.field("items", "a batch needs at least one keyword"));
    assertThat(e).hasMessage("The batch has 1 problem; nothing was saved.");
  }

  @Test
  void theMaximumNumberOfItemsComesFromBatchProperties() {
    var small =
        new SubmissionValidator(
            settingsReader, new BatchProperties(3, null, null, null, null, null, null, null));

    assertThat(small.validate(raw(null, Map.of(), item("a"), item("b"), item("c"))).rows())
        .hasSize(3);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> small.validate(raw(null, Map.of(), item("a"), item("b"), item("c"), item("d"))));
    assertThat(e.errors())
        .containsExactly(
            InputError.field("items", "4 items is more than the limit of 3 per batch"));
  }

  @Test
  void tooManyItemsStopsBeforeEveryRowIsChecked() {
    var small =
        new SubmissionValidator(
            settingsReader, new BatchProperties(1, null, null, null, null, null, null, null));

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> small.validate(raw(null, Map.of("tone", "grumpy"), item(""), item(""))));

    assertThat(e.errors()).extracting(InputError::field).containsExactly("settings.tone", "items");
  }

  @Test
  void theDefaultLimitIsTenThousandItems() {
    assertThat(new BatchProperties(null, null, null, null, null, null, null, null).maxItems())
        .isEqualTo(10_000);
  }

  @Test
  void withoutANameTheBatchIsNamedAfterItsFirstKeywordAndHowManyMore() {
    assertThat(
            validator
                .validate(raw(null, Map.of(), item("tomatoes"), item("roses"), item("figs")))
                .name())
        .isEqualTo("tomatoes and 2 more");
    assertThat(validator.validate(raw("   ", Map.of(), item("tomatoes"), item("roses"))).name())
        .isEqualTo("tomatoes and 1 more");
    assertThat(validator.validate(raw(null, Map.of(), item("tomatoes"))).name())
        .isEqualTo("tomatoes");
  }

  @Test
  void aDefaultNameIsCutToTwoHundredCharacters() {
    String keyword = "k".repeat(200);

    String name = validator.validate(raw(null, Map.of(), item(keyword), item("other"))).name();

    assertThat(name).isEqualTo(keyword);
  }

  @Test
  void aGivenNameIsStrippedAndMayNotExceedTwoHundredCharacters() {
    assertThat(validator.validate(raw("  Spring  ", Map.of(), item("a"))).name())
        .isEqualTo("Spring");
    assertThat(invalid(raw("n".repeat(201), Map.of(), item("a"))).errors())
        .containsExactly(InputError.field("name", "is 201 characters long; at most 200"));
  }

  @Test
  void anUnknownRowFieldIsNamedWithItsRow() {
    InvalidInputException e =
        invalid(raw(null, Map.of(), item("a"), Map.of("keyword", "b", "colour", "red")));

    assertThat(e.errors())
        .containsExactly(InputError.row(2, "colour", "is not a known column or field"));
  }

  @Test
  void aBudgetCapIsBatchWideSoARowThatSetsItIsRefusedWithTheReason() {
    InvalidInputException e =
        invalid(raw(null, Map.of(), item("a"), Map.of("keyword", "b", "maxCostUsd", "5")));

    assertThat(e.errors()).hasSize(1);
    assertThat(e.errors().getFirst().row()).isEqualTo(2);
    assertThat(e.errors().getFirst().field()).isEqualTo("maxCostUsd");
    assertThat(e.errors().getFirst().message())
        .contains("batch-wide setting (settings.maxCostUsd")
        .contains("cannot be set per row");
  }

  @Test
  void settingAndRowProblemsAreReportedTogether() {
    InvalidInputException e =
        invalid(
            raw(
                null,
                Map.of("language", "xx"),
                item("a"),
                Map.of("keyword", "b", "tone", "grumpy"),
                item("")));

    assertThat(e.errors())
        .extracting(InputError::row, InputError::field)
        .containsExactly(tuple(null, "settings.language"), tuple(2, "tone"), tuple(3, "keyword"));
    assertThat(e).hasMessage("The batch has 3 problems; nothing was saved.");
  }

  @Test
  void theErrorListIsCappedAtTwoHundredAndTheMessageSaysSo() {
    List<Map<String, Object>> items = new ArrayList<>();
    IntStream.range(0, 250).forEach(i -> items.add(item(" ")));

    InvalidInputException e = invalid(new RawSubmission(null, Map.of(), items));

    assertThat(e.errors()).hasSize(SubmissionValidator.MAX_REPORTED_ERRORS).hasSize(200);
    assertThat(e.errors().getFirst().row()).isEqualTo(1);
    assertThat(e.errors().getLast().row()).isEqualTo(200);
    assertThat(e)
        .hasMessage("The batch has 250 problems (the first 200 are listed); nothing was saved.");
  }

  @Test
  void exactlyTwoHundredErrorsAreAllListedWithoutTheCapNote() {
    List<Map<String, Object>> items = new ArrayList<>();
    IntStream.range(0, 200).forEach(i -> items.add(item("")));

    InvalidInputException e = invalid(new RawSubmission(null, Map.of(), items));

    assertThat(e.errors()).hasSize(200);
    assertThat(e).hasMessage("The batch has 200 problems; nothing was saved.");
  }

  private InvalidInputException invalid(RawSubmission raw) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> validator.validate(raw));
    assertThat(e).as("validation should fail").isNotNull();
    return e;
  }

  @SafeVarargs
  private static RawSubmission raw(
      String name, Map<String, Object> settings, Map<String, Object>... items) {
    return new RawSubmission(name, settings, List.of(items));
  }

  private static Map<String, Object> item(String keyword) {
    return Map.of("keyword", keyword);
  }
}
