package com.bulkwriter.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.batch.ArticleOverrides;
import com.bulkwriter.batch.BatchSettings;
import com.bulkwriter.generation.ArticleGenerator;
import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.ProviderInfo;
import com.bulkwriter.generation.Providers;
import com.bulkwriter.support.InputError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsReaderTest {

  static final ArticleGenerator OFFLINE = generator("offline", true, "draft-1", "draft-2");
  static final ArticleGenerator OPENAI = generator("openai", false, "gpt-4o-mini", "gpt-4.1");

  private static final String KNOWN =
      "provider, model, language, tone, wordCount, audience, pointOfView, includeFaq, instructions,"
          + " maxCostUsd, outline, requiredPhrases, mode";
  private static final BatchSettings OPENAI_DEFAULTS =
      new BatchSettings(
          "openai",
          "gpt-4o-mini",
          "en",
          "professional",
          800,
          null,
          "second-person",
          false,
          null,
          null,
          List.of(),
          List.of(),
          "realtime");

  private final SettingsReader reader = new SettingsReader(new Providers(List.of(OFFLINE, OPENAI)));
  private final List<InputError> errors = new ArrayList<>();

  // --- batch settings -------------------------------------------------------------------------

  @Test
  void emptySettingsGetEveryDefaultWithTheFirstRealProviderAndItsDefaultModel() {
    assertThat(reader.settings(Map.of(), errors)).isEqualTo(OPENAI_DEFAULTS);
    assertThat(errors).isEmpty();
  }

  @Test
  void anOutlineAndRequiredPhrasesAreReadFromListsOrFromOneTextWithALineEachBlankLinesSkipped() {
    Map<String, Object> raw = new HashMap<>();
    raw.put("outline", "What {keyword} is\r\n\n  Choosing {Keyword} in {year}  \n");
    raw.put("requiredPhrases", List.of("free shipping", " ", "cedar"));

    BatchSettings settings = reader.settings(raw, errors);

    assertThat(errors).isEmpty();
    assertThat(settings.outline())
        .containsExactly("What {keyword} is", "Choosing {Keyword} in {year}");
    assertThat(settings.requiredPhrases()).containsExactly("free shipping", "cedar");
  }

  @Test
  void unknownPlaceholdersTooManyLinesAndNonTextItemsAreNamedByField() {
    Map<String, Object> raw = new HashMap<>();
    raw.put("outline", List.of("Why {keyword} matters", "{Year} trends in {city}"));
    List<Object> phrases = new ArrayList<>();
    for (int i = 0; i <= 20; i++) {
      phrases.add("phrase " + i);
    }
    phrases.add(7);
    raw.put("requiredPhrases", phrases);

    BatchSettings settings = reader.settings(raw, errors);

    assertThat(settings.outline()).isEmpty();
    assertThat(errors)
        .containsExactly(
            InputError.field(
                "settings.outline",
                "line 2 ('{Year} trends in {city}'): unknown placeholder {Year}, {city}; use"
                    + " {keyword}, {Keyword}, {year}"),
            InputError.field("settings.requiredPhrases", "must be a list of texts; 7 is not text"),
            InputError.field("settings.requiredPhrases", "has 21 lines; at most 20"));
  }

  @Test
  void theModeIsRealtimeOrEconomyAndEconomyNeedsAProviderWithABatchApi() {
    assertThat(reader.settings(Map.of(), errors).mode()).isEqualTo("realtime");

    reader.settings(Map.of("mode", "cheap"), errors);
    reader.settings(Map.of("mode", "Economy"), errors);

    assertThat(errors)
        .containsExactly(
            InputError.field("settings.mode", "'cheap' is not one of realtime, economy"),
            InputError.field(
                "settings.mode",
                "economy mode needs a provider with a batch API (OpenAI-compatible or Anthropic);"
                    + " openai has none"));
  }

  @Test
  void aRowOfAnEconomyBatchKeepsTheBatchsProviderAndModel() {
    BatchSettings economy = OPENAI_DEFAULTS.withMode("economy");

    reader.overrides(1, Map.of("provider", "offline"), economy, errors);
    reader.overrides(2, Map.of("model", "gpt-4.1"), economy, errors);
    reader.overrides(3, Map.of("model", "gpt-4o-mini", "tone", "casual"), economy, errors);

    assertThat(errors).extracting(InputError::row).containsExactly(1, 2);
    assertThat(errors).extracting(InputError::field).containsExactly("provider", "model");
  }

  @Test
  void withOnlyTheDraftEngineConfiguredTheDefaultsUseIt() {
    var draftOnly = new SettingsReader(new Providers(List.of(OFFLINE)));

    BatchSettings settings = draftOnly.settings(Map.of(), errors);

    assertThat(settings.provider()).isEqualTo("offline");
    assertThat(settings.model()).isEqualTo("draft-1");
    assertThat(errors).isEmpty();
  }

  @Test
  void blankValuesCountAsAbsentAndGetDefaults() {
    Map<String, Object> raw = new HashMap<>();
    raw.put("provider", " ");
    raw.put("tone", "");
    raw.put("wordCount", "  ");
    raw.put("includeFaq", null);
    raw.put("audience", "\t");

    assertThat(reader.settings(raw, errors)).isEqualTo(OPENAI_DEFAULTS);
    assertThat(errors).isEmpty();
  }

  @Test
  void everySettingGivenIsReadAndNormalised() {
    Map<String, Object> raw = new HashMap<>();
    raw.put("provider", " Offline ");
    raw.put("model", "draft-2");
    raw.put("language", "pt_br");
    raw.put("tone", "Friendly");
    raw.put("wordCount", "1500");
    raw.put("audience", "  home gardeners  ");
    raw.put("pointOfView", "FIRST-PERSON-PLURAL");
    raw.put("includeFaq", "yes");
    raw.put("instructions", "Mention the seasons.");

    BatchSettings settings = reader.settings(raw, errors);

    assertThat(errors).isEmpty();
    assertThat(settings)
        .isEqualTo(
            new BatchSettings(
                "offline",
                "draft-2",
                "pt-BR",
                "friendly",
                1500,
                "home gardeners",
                "first-person-plural",
                true,
                "Mention the seasons.",
                null,
                List.of(),
                List.of(),
                "realtime"));
  }

  @Test
  void aBudgetCapIsReadAsAPositiveAmountOfDollarsFromANumberOrText() {
    assertThat(reader.settings(Map.of("maxCostUsd", 12.5), errors).maxCostUsd())
        .isEqualByComparingTo("12.5");
    assertThat(reader.settings(Map.of("maxCostUsd", " 0.75 "), errors).maxCostUsd())
        .isEqualByComparingTo("0.75");
    assertThat(reader.settings(Map.of(), errors).maxCostUsd()).isNull();
    assertThat(errors).isEmpty();
  }

  @Test
  void aBudgetCapThatIsNotAPositiveNumberIsNamedAsASettingsError() {
    reader.settings(Map.of("maxCostUsd", "lots"), errors);
    reader.settings(Map.of("maxCostUsd", 0), errors);
    reader.settings(Map.of("maxCostUsd", "-3"), errors);

    assertThat(errors).extracting(InputError::field).containsOnly("settings.maxCostUsd");
    assertThat(errors)
        .extracting(InputError::message)
        .containsExactly(
            "'lots' is not a number of US dollars such as 25 or 2.50",
            "0 is out of range; use a positive amount of at most 1000000 US dollars",
            "-3 is out of range; use a positive amount of at most 1000000 US dollars");
  }

  @Test
  void aProviderWithoutModelGetsThatProvidersDefaultModel() {
    BatchSettings settings = reader.settings(Map.of("provider", "offline"), errors);

    assertThat(settings.model()).isEqualTo("draft-1");
    assertThat(errors).isEmpty();
  }

  @Test
  void anUnknownProviderIsNamedWithTheAvailableOnes() {
    reader.settings(Map.of("provider", "gemini"), errors);

    assertThat(errors)
        .containsExactly(
            InputError.field(
                "settings.provider", "unknown provider 'gemini'; available: openai, offline"));
  }

  @Test
  void aDraftProvidersModelMustBeOneItOffers() {
    reader.settings(Map.of("provider", "offline", "model", "gpt-4o"), errors);

    assertThat(errors)
        .containsExactly(
            InputError.field(
                "settings.model",
                "'gpt-4o' is not a model allowed for provider offline; allowed: draft-1, draft-2"));
  }

  @Test
  void aRealProviderRefusesAModelOutsideItsAllowedListNamingTheAllowedOnes() {
    reader.settings(Map.of("model", "gpt-5-preview"), errors);
    reader.overrides(7, Map.of("model", "o1-pro"), OPENAI_DEFAULTS, errors);

    assertThat(errors)
        .containsExactly(
            InputError.field(
                "settings.model",
                "'gpt-5-preview' is not a model allowed for provider openai; allowed: gpt-4o-mini,"
                    + " gpt-4.1"),
            InputError.row(
                7,
                "model",
                "'o1-pro' is not a model allowed for provider openai; allowed: gpt-4o-mini,"
                    + " gpt-4.1"));
  }

  @Test
  void aRealProviderAcceptsEveryModelOfItsAllowedList() {
    assertThat(reader.settings(Map.of("model", "gpt-4.1"), errors).model()).isEqualTo("gpt-4.1");
    assertThat(reader.settings(Map.of("model", "gpt-4o-mini"), errors).model())
        .isEqualTo("gpt-4o-mini");
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource({
    "en, en",
    "EN, en",
    "' de ', de",
    "pt_br, pt-BR",
    "pt-br, pt-BR",
    "PT_BR, pt-BR",
    "en-GB, en-GB",
    "es_419, es-419"
  })
  void languagesAreNormalisedToLanguageTags(String given, String expected) {
    assertThat(reader.settings(Map.of("language", given), errors).language()).isEqualTo(expected);
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"xx", "eng", "english", "123", "e"})
  void aLanguageThatIsNotAnIso6391CodeIsRefused(String given) {
    BatchSettings settings = reader.settings(Map.of("language", given), errors);

    assertThat(errors)
        .containsExactly(
            InputError.field(
                "settings.language",
                "'%s' is not an ISO 639-1 language code such as en or pt-BR".formatted(given)));
    assertThat(settings.language()).isEqualTo("en");
  }

  @Test
  void aLanguageLongerThanTwentyCharactersIsRefusedByLength() {
    reader.settings(Map.of("language", "en-" + "x".repeat(18)), errors);

    assertThat(errors)
        .containsExactly(
            InputError.field("settings.language", "is 21 characters long; at most 20"));
  }

  @Test
  void toneAndPointOfViewMustBeOneOfTheirValues() {
    reader.settings(Map.of("tone", "grumpy", "pointOfView", "omniscient"), errors);

    assertThat(errors)
        .containsExactlyInAnyOrder(
            InputError.field(
                "settings.tone",
                "'grumpy' is not one of professional, friendly, casual, formal, authoritative,"
                    + " conversational, persuasive, informative, humorous, enthusiastic,"
                    + " empathetic, neutral"),
            InputError.field(
                "settings.pointOfView",
                "'omniscient' is not one of first-person-singular, first-person-plural,"
                    + " second-person, third-person"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("booleans")
  void includeFaqAcceptsTrueFalseYesNoOneAndZero(Object given, boolean expected) {
    assertThat(reader.settings(Map.of("includeFaq", given), errors).includeFaq())
        .isEqualTo(expected);
    assertThat(errors).isEmpty();
  }

  static Stream<Arguments> booleans() {
    return Stream.of(
        Arguments.of(true, true),
        Arguments.of(false, false),
        Arguments.of("true", true),
        Arguments.of("FALSE", false),
        Arguments.of("yes", true),
        Arguments.of(" Yes ", true),
        Arguments.of("no", false),
        Arguments.of("NO", false),
        Arguments.of("1", true),
        Arguments.of("0", false),
        Arguments.of(1, true),
        Arguments.of(0, false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "y", "2", "on"})
  void anyOtherIncludeFaqValueIsRefused(String given) {
    reader.settings(Map.of("includeFaq", given), errors);

    assertThat(errors)
        .containsExactly(
            InputError.field("settings.includeFaq", "'%s' is not true or false".formatted(given)));
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @MethodSource("wholeWordCounts")
  void wordCountMayBeTextAWholeNumberOrADecimalWithoutFraction(
      Object given, String kind, int expected) {
    assertThat(reader.settings(Map.of("wordCount", given), errors).wordCount()).isEqualTo(expected);
    assertThat(errors).isEmpty();
  }

  static Stream<Arguments> wholeWordCounts() {
    return Stream.of(
        Arguments.of("1200", "string", 1200),
        Arguments.of(" 950 ", "padded string", 950),
        Arguments.of(1200, "integer", 1200),
        Arguments.of(2000L, "long", 2000),
        Arguments.of(1200.0, "double", 1200),
        Arguments.of(new BigDecimal("1500.00"), "decimal", 1500),
        Arguments.of(100, "lowest", 100),
        Arguments.of("10000", "highest", 10_000));
  }

  @ParameterizedTest
  @MethodSource("notWholeWordCounts")
  void aWordCountThatIsNotAWholeNumberIsRefused(Object given) {
    reader.settings(Map.of("wordCount", given), errors);

    assertThat(errors)
        .containsExactly(
            InputError.field("settings.wordCount", "'%s' is not a whole number".formatted(given)));
  }

  static Stream<Object> notWholeWordCounts() {
    return Stream.of(
        1200.5, new BigDecimal("800.25"), "1,200", "1200.0", "-500", "lots", "12e2", true);
  }

  @ParameterizedTest
  @MethodSource("outOfRangeWordCounts")
  void aWordCountOutsideOneHundredToTenThousandIsRefused(Object given, long words) {
    reader.settings(Map.of("wordCount", given), errors);

    assertThat(errors)
        .containsExactly(
            InputError.field(
                "settings.wordCount",
                "%d is out of range; use 100 to 10000 words".formatted(words)));
  }

  static Stream<Arguments> outOfRangeWordCounts() {
    return Stream.of(
        Arguments.of(99, 99),
        Arguments.of("0", 0),
        Arguments.of(10_001, 10_001),
        Arguments.of("999999999", 999_999_999),
        Arguments.of(-300, -300),
        Arguments.of(50.0, 50),
        Arguments.of(4_294_968_296L, 4_294_968_296L),
        Arguments.of("4294968296", 4_294_968_296L));
  }

  @Test
  void audienceAndInstructionsMayBeAsLongAsTheirLimits() {
    BatchSettings settings =
        reader.settings(
            Map.of("audience", "a".repeat(200), "instructions", "i".repeat(4_000)), errors);

    assertThat(errors).isEmpty();
    assertThat(settings.audience()).hasSize(200);
    assertThat(settings.instructions()).hasSize(4_000);
  }

  @Test
  void textLongerThanItsLimitIsRefusedWithBothLengths() {
    reader.settings(
        Map.of(
            "audience", "a".repeat(201),
            "instructions", "i".repeat(4_001),
            "model", "m".repeat(101)),
        errors);

    assertThat(errors)
        .containsExactlyInAnyOrder(
            InputError.field("settings.audience", "is 201 characters long; at most 200"),
            InputError.field("settings.instructions", "is 4001 characters long; at most 4000"),
            InputError.field("settings.model", "is 101 characters long; at most 100"));
  }

  @Test
  void textIsMeasuredAfterSurroundingSpaceIsStripped() {
    BatchSettings settings =
        reader.settings(Map.of("audience", "  " + "a".repeat(200) + "  "), errors);

    assertThat(errors).isEmpty();
    assertThat(settings.audience()).isEqualTo("a".repeat(200));
  }

  @Test
  void aValueThatIsNotAScalarMustBeText() {
    reader.settings(Map.of("audience", List.of("gardeners", "cooks")), errors);

    assertThat(errors).containsExactly(InputError.field("settings.audience", "must be text"));
  }

  @Test
  void unknownSettingsAreEachNamedWithTheKnownOnes() {
    reader.settings(Map.of("colour", "red", "title", "Not a batch setting"), errors);

    assertThat(errors)
        .containsExactlyInAnyOrder(
            InputError.field("settings.colour", "is not a known setting; known: " + KNOWN),
            InputError.field("settings.title", "is not a known setting; known: " + KNOWN));
  }

  @Test
  void everyProblemIsCollectedNotOnlyTheFirst() {
    Map<String, Object> raw = new HashMap<>();
    raw.put("provider", "gemini");
    raw.put("language", "xx");
    raw.put("tone", "grumpy");
    raw.put("wordCount", "lots");
    raw.put("includeFaq", "maybe");
    raw.put("pointOfView", "omniscient");

    reader.settings(raw, errors);

    assertThat(errors)
        .extracting(InputError::field)
        .containsExactlyInAnyOrder(
            "settings.provider",
            "settings.language",
            "settings.tone",
            "settings.wordCount",
            "settings.includeFaq",
            "settings.pointOfView");
    assertThat(errors).extracting(InputError::row).containsOnlyNulls();
  }

  // --- row overrides --------------------------------------------------------------------------

  @Test
  void aRowWithoutOverridesChangesNothing() {
    ArticleOverrides overrides = reader.overrides(1, Map.of(), OPENAI_DEFAULTS, errors);

    assertThat(overrides.isEmpty()).isTrue();
    assertThat(errors).isEmpty();
  }

  @Test
  void aRowThatSwitchesProviderWithoutModelGetsThatProvidersDefaultModel() {
    ArticleOverrides overrides =
        reader.overrides(1, Map.of("provider", "offline"), OPENAI_DEFAULTS, errors);

    assertThat(overrides.provider()).isEqualTo("offline");
    assertThat(overrides.model()).isEqualTo("draft-1");
    assertThat(errors).isEmpty();
  }

  @Test
  void aRowThatNamesTheBatchProviderWithoutModelKeepsTheBatchModel() {
    BatchSettings batch = reader.settings(Map.of("model", "gpt-4.1"), errors);

    ArticleOverrides overrides = reader.overrides(1, Map.of("provider", "openai"), batch, errors);

    assertThat(overrides.model()).isNull();
    assertThat(batch.specFor("kw", overrides).model()).isEqualTo("gpt-4.1");
    assertThat(errors).isEmpty();
  }

  @Test
  void aRowModelIsCheckedAgainstTheBatchProviderWhenTheRowNamesNone() {
    BatchSettings offlineBatch = reader.settings(Map.of("provider", "offline"), errors);

    ArticleOverrides good = reader.overrides(2, Map.of("model", "draft-2"), offlineBatch, errors);
    reader.overrides(3, Map.of("model", "gpt-4o"), offlineBatch, errors);

    assertThat(good.model()).isEqualTo("draft-2");
    assertThat(errors)
        .containsExactly(
            InputError.row(
                3,
                "model",
                "'gpt-4o' is not a model allowed for provider offline; allowed: draft-1, draft-2"));
  }

  @Test
  void aRowModelIsCheckedAgainstTheProviderTheRowSwitchesTo() {
    reader.overrides(4, Map.of("provider", "offline", "model", "gpt-4.1"), OPENAI_DEFAULTS, errors);

    assertThat(errors)
        .containsExactly(
            InputError.row(
                4,
                "model",
                "'gpt-4.1' is not a model allowed for provider offline; allowed: draft-1, draft-2"));
  }

  @Test
  void rowOverridesAreNormalisedLikeBatchSettings() {
    Map<String, Object> raw = new HashMap<>();
    raw.put("title", "  Ten Tomato Tips  ");
    raw.put("language", "pt_br");
    raw.put("tone", "Casual");
    raw.put("wordCount", "1500");
    raw.put("pointOfView", "Third-Person");
    raw.put("includeFaq", "no");
    raw.put("audience", " cooks ");
    raw.put("instructions", " Be brief. ");

    ArticleOverrides overrides = reader.overrides(1, raw, OPENAI_DEFAULTS, errors);

    assertThat(errors).isEmpty();
    assertThat(overrides)
        .isEqualTo(
            new ArticleOverrides(
                "Ten Tomato Tips",
                null,
                null,
                "pt-BR",
                "casual",
                1500,
                "cooks",
                "third-person",
                false,
                "Be brief."));
  }

  @Test
  void rowErrorsNameTheRowNumberAndTheFieldWithoutPrefix() {
    Map<String, Object> raw = new HashMap<>();
    raw.put("provider", "gemini");
    raw.put("language", "xx");
    raw.put("tone", "grumpy");
    raw.put("wordCount", "lots");
    raw.put("includeFaq", "maybe");
    raw.put("title", "t".repeat(201));

    reader.overrides(7, raw, OPENAI_DEFAULTS, errors);

    assertThat(errors)
        .extracting(InputError::field)
        .containsExactlyInAnyOrder(
            "provider", "language", "tone", "wordCount", "includeFaq", "title");
    assertThat(errors).extracting(InputError::row).containsOnly(7);
    assertThat(errors)
        .contains(
            InputError.row(7, "title", "is 201 characters long; at most 200"),
            InputError.row(7, "wordCount", "'lots' is not a whole number"));
  }

  @Test
  void aRowTitleMayBeTwoHundredCharacters() {
    ArticleOverrides overrides =
        reader.overrides(1, Map.of("title", "t".repeat(200)), OPENAI_DEFAULTS, errors);

    assertThat(overrides.title()).hasSize(200);
    assertThat(errors).isEmpty();
  }

  static ArticleGenerator generator(String name, boolean draft, String... models) {
    ProviderInfo info = new ProviderInfo(name, name + " label", draft, List.of(models));
    return new ArticleGenerator() {
      @Override
      public ProviderInfo info() {
        return info;
      }

      @Override
      public GeneratedArticle generate(ArticleSpec spec) {
        throw new UnsupportedOperationException("settings tests never generate");
      }
    };
  }
}
