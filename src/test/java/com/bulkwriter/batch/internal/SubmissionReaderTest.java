package com.bulkwriter.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SubmissionReaderTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String COLUMNS =
      "keyword, title, provider, model, language, tone, wordCount, audience, pointOfView,"
          + " includeFaq, instructions";

  // --- JSON -----------------------------------------------------------------------------------

  @Test
  void aJsonBatchKeepsItsNameSettingsAndItemsAsScalars() {
    RawSubmission raw =
        fromJson(
            """
            {"name": "Spring garden",
             "settings": {"tone": "friendly", "wordCount": 1200, "includeFaq": true, "audience": null},
             "items": [{"keyword": "tomatoes", "wordCount": 900.5, "includeFaq": false},
                       {"keyword": "roses", "title": null}]}
            """);

    assertThat(raw.name()).isEqualTo("Spring garden");
    assertThat(raw.settings())
        .containsOnlyKeys("tone", "wordCount", "includeFaq", "audience")
        .containsEntry("tone", "friendly")
        .containsEntry("wordCount", 1200)
        .containsEntry("includeFaq", true)
        .containsEntry("audience", null);
    assertThat(raw.items()).hasSize(2);
    assertThat(raw.items().get(0))
        .containsEntry("keyword", "tomatoes")
        .containsEntry("includeFaq", false);
    assertThat(raw.items().get(0).get("wordCount")).isInstanceOf(Number.class);
    assertThat(((Number) raw.items().get(0).get("wordCount")).doubleValue()).isEqualTo(900.5);
    assertThat(raw.items().get(1)).containsEntry("keyword", "roses").containsEntry("title", null);
  }

  @Test
  void aStringItemIsItsKeyword() {
    RawSubmission raw = fromJson("{\"items\": [\"tomatoes\", {\"keyword\": \"roses\"}, \"figs\"]}");

    assertThat(raw.items())
        .containsExactly(
            Map.of("keyword", "tomatoes"), Map.of("keyword", "roses"), Map.of("keyword", "figs"));
  }

  @Test
  void nameAndSettingsMayBeOmittedOrNull() {
    RawSubmission omitted = fromJson("{\"items\": [\"a\"]}");
    RawSubmission nulls = fromJson("{\"name\": null, \"settings\": null, \"items\": [\"a\"]}");

    assertThat(omitted.name()).isNull();
    assertThat(omitted.settings()).isEmpty();
    assertThat(nulls.name()).isNull();
    assertThat(nulls.settings()).isEmpty();
  }

  @Test
  void anEmptyItemsArrayIsReadAndLeftToTheValidator() {
    assertThat(fromJson("{\"items\": []}").items()).isEmpty();
  }

  @Test
  void itemsThatAreNeitherObjectsNorStringsAreNamedByRow() {
    InvalidInputException e =
        invalidJson("{\"items\": [\"ok\", 42, null, [\"x\"], true, {\"keyword\": \"fine\"}]}");

    String message = "an item must be an object or a keyword string";
    assertThat(e.errors())
        .containsExactly(
            InputError.row(2, "keyword", message),
            InputError.row(3, "keyword", message),
            InputError.row(4, "keyword", message),
            InputError.row(5, "keyword", message));
    assertThat(e).hasMessage("The request body is not a valid batch.");
  }

  @Test
  void nestedValuesInItemsAndSettingsAreRejectedAsNotSingleValues() {
    InvalidInputException e =
        invalidJson(
            """
            {"settings": {"tone": ["friendly", "casual"], "model": "m"},
             "items": [{"keyword": "a"}, {"keyword": {"text": "b"}, "audience": ["cooks"]}]}
            """);

    assertThat(e.errors())
        .containsExactlyInAnyOrder(
            InputError.row(2, "keyword", "must be a single value"),
            InputError.row(2, "audience", "must be a single value"),
            InputError.field("settings.tone", "must be a single value"));
  }

  @Test
  void unknownTopLevelFieldsAreEachNamed() {
    InvalidInputException e =
        invalidJson("{\"keywords\": [\"a\"], \"tone\": \"friendly\", \"items\": [\"a\"]}");

    assertThat(e.errors())
        .containsExactlyInAnyOrder(
            InputError.field("keywords", "is not a known field; use name, settings, items"),
            InputError.field("tone", "is not a known field; use name, settings, items"));
    assertThat(e).hasMessage("The request body is not a valid batch.");
  }

  @Test
  void aWrongNameSettingsOrItemsTypeIsReportedAllAtOnce() {
    InvalidInputException e =
        invalidJson("{\"name\": 7, \"settings\": [\"tone\"], \"items\": \"tomatoes\"}");

    assertThat(e.errors())
        .containsExactly(
            InputError.field("name", "must be text"),
            InputError.field("settings", "must be an object"),
            InputError.field("items", "must be an array of items"));
  }

  @Test
  void missingItemsAreReported() {
    assertThat(invalidJson("{\"name\": \"x\"}").errors())
        .containsExactly(InputError.field("items", "must be an array of items"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[\"tomatoes\"]", "\"tomatoes\"", "42", "null"})
  void aBodyThatIsNotAJsonObjectIsRefused(String body) {
    InvalidInputException e = invalidJson(body);

    assertThat(e.errors())
        .containsExactly(
            InputError.field("body", "must be a JSON object with name, settings and items"));
    assertThat(e)
        .hasMessage(
            "The body is not a readable batch: must be a JSON object with name, settings and items");
  }

  @Test
  void noBodyAtAllIsRefused() {
    InvalidInputException e = invalid(() -> SubmissionReader.fromJson(null));

    assertThat(e.errors()).extracting(InputError::field).containsExactly("body");
  }

  // --- CSV ------------------------------------------------------------------------------------

  @Test
  void aCsvBatchTakesItsNameAndSettingsFromTheArguments() {
    RawSubmission raw =
        SubmissionReader.fromCsv(
            "keyword\ntomatoes\nroses\n", "From CSV", Map.of("tone", "friendly"));

    assertThat(raw.name()).isEqualTo("From CSV");
    assertThat(raw.settings()).containsExactly(Map.entry("tone", "friendly"));
    assertThat(raw.items())
        .containsExactly(Map.of("keyword", "tomatoes"), Map.of("keyword", "roses"));
  }

  @Test
  void aLeadingByteOrderMarkIsIgnored() {
    RawSubmission raw = fromCsv("\uFEFFkeyword,title\r\ntomatoes,Ten Tomato Tips\r\n");

    assertThat(raw.items())
        .containsExactly(Map.of("keyword", "tomatoes", "title", "Ten Tomato Tips"));
  }

  @Test
  void windowsLineEndingsAndBlankLinesAreHandledAndCellsTrimmed() {
    RawSubmission raw = fromCsv("keyword,tone\r\n tomatoes , friendly \r\n\r\nroses,casual\r\n");

    assertThat(raw.items())
        .containsExactly(
            Map.of("keyword", "tomatoes", "tone", "friendly"),
            Map.of("keyword", "roses", "tone", "casual"));
  }

  @Test
  void quotedCellsMayHoldCommasQuotesAndNewlines() {
    RawSubmission raw =
        fromCsv(
            "keyword,instructions\r\n"
                + "\"gardening, for beginners\",\"Line one\r\nline two, with a \"\"quote\"\"\"\r\n"
                + "roses,plain\r\n");

    assertThat(raw.items())
        .containsExactly(
            Map.of(
                "keyword",
                "gardening, for beginners",
                "instructions",
                "Line one\r\nline two, with a \"quote\""),
            Map.of("keyword", "roses", "instructions", "plain"));
  }

  @Test
  void headerNamesIgnoreCaseSpacesAndPunctuation() {
    RawSubmission raw =
        fromCsv(
            "KEYWORD,Word Count,include_faq,Point-of-View,Title\n"
                + "tomatoes,1200,yes,third-person,Tips\n");

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("keyword", "tomatoes");
    expected.put("wordCount", "1200");
    expected.put("includeFaq", "yes");
    expected.put("pointOfView", "third-person");
    expected.put("title", "Tips");
    assertThat(raw.items().getFirst()).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @Test
  void wordCountHeaderAliasesMapToWordCount() {
    for (String header :
        List.of("Word Count", "word_count", "WORDCOUNT", "word-count", "wordCount")) {
      RawSubmission raw = fromCsv("keyword," + header + "\ntomatoes,1200\n");

      assertThat(raw.items().getFirst()).as(header).containsEntry("wordCount", "1200");
    }
  }

  @Test
  void aRowWithFewerCellsThanTheHeaderHasOnlyTheCellsItGives() {
    RawSubmission raw = fromCsv("keyword,title,tone\ntomatoes\nroses,Rose Tips\n");

    assertThat(raw.items())
        .containsExactly(
            Map.of("keyword", "tomatoes"), Map.of("keyword", "roses", "title", "Rose Tips"));
  }

  @Test
  void aHeaderOnlyCsvHasNoItems() {
    assertThat(fromCsv("keyword\r\n").items()).isEmpty();
  }

  @Test
  void aCsvWithoutKeywordColumnIsRefused() {
    InvalidInputException e = invalid(() -> fromCsv("title,tone\nTips,friendly\n"));

    assertThat(e.errors())
        .containsExactly(
            InputError.field("keyword", "the CSV needs a header row with a keyword column"));
    assertThat(e).hasMessage("The CSV header is not usable.");
  }

  @Test
  void anEmptyCsvHasNoKeywordColumn() {
    InvalidInputException e = invalid(() -> fromCsv(""));

    assertThat(e.errors()).extracting(InputError::field).containsExactly("keyword");
  }

  @Test
  void anUnknownColumnIsNamedWithTheKnownOnes() {
    InvalidInputException e = invalid(() -> fromCsv("keyword,Colour\ntomatoes,red\n"));

    assertThat(e.errors())
        .containsExactly(InputError.field("Colour", "is not a known column; use " + COLUMNS));
    assertThat(e).hasMessage("The CSV header is not usable.");
  }

  @Test
  void unknownColumnsAndAMissingKeywordAreReportedTogether() {
    InvalidInputException e = invalid(() -> fromCsv("colour,size\nred,big\n"));

    assertThat(e.errors())
        .extracting(InputError::field)
        .containsExactly("colour", "size", "keyword");
  }

  @Test
  void anUnterminatedQuoteIsMalformedCsv() {
    InvalidInputException e = invalid(() -> fromCsv("keyword\n\"tomatoes\nroses\n"));

    assertThat(e.errors()).extracting(InputError::field).containsExactly("body");
    assertThat(e.errors().getFirst().message()).startsWith("malformed CSV: ");
    assertThat(e).hasMessageStartingWith("The body is not a readable batch: malformed CSV: ");
  }

  @Test
  void aHeaderWithAnEmptyColumnNameIsMalformedCsv() {
    InvalidInputException e = invalid(() -> fromCsv("keyword,,title\ntomatoes,x,Tips\n"));

    assertThat(e.errors()).extracting(InputError::field).containsExactly("body");
    assertThat(e.errors().getFirst().message()).startsWith("malformed CSV: ");
  }

  private static RawSubmission fromJson(String body) {
    return SubmissionReader.fromJson(JSON.readTree(body));
  }

  private static InvalidInputException invalidJson(String body) {
    JsonNode node = JSON.readTree(body);
    return invalid(() -> SubmissionReader.fromJson(node));
  }

  private static RawSubmission fromCsv(String body) {
    return SubmissionReader.fromCsv(body, null, Map.of());
  }

  private static InvalidInputException invalid(ThrowingCallable call) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
    assertThat(e).as("reading should fail").isNotNull();
    return e;
  }
}
