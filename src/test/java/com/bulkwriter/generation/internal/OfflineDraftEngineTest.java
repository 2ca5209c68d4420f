package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.MetaDescriptions;
import com.bulkwriter.generation.Slugs;
import com.bulkwriter.generation.Words;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OfflineDraftEngineTest {

  private final OfflineDraftEngine engine =
      new OfflineDraftEngine(new OfflineSettings(Duration.ZERO));

  @Test
  void describesItselfAsTheOfflineDraftProvider() {
    assertThat(engine.info().name()).isEqualTo("offline");
    assertThat(engine.info().label()).isEqualTo("Offline draft engine");
    assertThat(engine.info().draft()).isTrue();
    assertThat(engine.info().defaultModel()).isEqualTo("draft-1");
  }

  @Test
  void theSameSpecAlwaysGivesTheSameArticle() {
    ArticleSpec spec = spec("best running shoes for flat feet", 1200);
    OfflineDraftEngine another = new OfflineDraftEngine(new OfflineSettings(Duration.ZERO));
    assertThat(another.generate(spec)).isEqualTo(engine.generate(spec));
    assertThat(engine.generate(copyOf(spec))).isEqualTo(engine.generate(spec));
  }

  @Test
  void theSeedIsAStableHashOfEveryField() {
    ArticleSpec spec = spec("email marketing", 800);
    assertThat(OfflineDraftEngine.seed(spec)).isEqualTo(OfflineDraftEngine.seed(copyOf(spec)));
    List<ArticleSpec> variants =
        List.of(
            spec,
            spec("email marketing ", 800),
            spec("email marketing", 801),
            with(spec, "tone", "casual"),
            with(spec, "audience", "florists"),
            with(spec, "pointOfView", "first-person"),
            with(spec, "instructions", "be brief"),
            with(spec, "language", "de"),
            with(spec, "title", "A title"));
    assertThat(variants.stream().map(OfflineDraftEngine::seed).distinct()).hasSize(variants.size());
  }

  @Test
  void reportsAQuarterAHalfAndThreeQuartersOfTheDraftsWordsAcrossItsDelay() {
    OfflineDraftEngine paced = new OfflineDraftEngine(new OfflineSettings(Duration.ofMillis(80)));
    ArticleSpec spec = spec("indoor herbs", 1_000);
    List<Integer> reported = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    long start = System.nanoTime();

    GeneratedArticle article =
        paced.generate(
            UUID.randomUUID(),
            spec,
            words -> {
              reported.add(words);
              times.add(System.nanoTime() - start);
            });

    int words = article.wordCount();
    assertThat(reported).containsExactly(words / 4, words / 2, words * 3 / 4);
    assertThat(times.getFirst()).isGreaterThanOrEqualTo(Duration.ofMillis(20).toNanos());
    assertThat(times).isSorted();
    assertThat(article).isEqualTo(engine.generate(spec));
    List<Integer> again = new ArrayList<>();
    paced.generate(UUID.randomUUID(), spec, again::add);
    assertThat(again).isEqualTo(reported);
  }

  @Test
  void withoutADelayNothingIsReported() {
    List<Integer> reported = new ArrayList<>();
    engine.generate(UUID.randomUUID(), spec("indoor herbs", 1_000), reported::add);
    assertThat(reported).isEmpty();
  }

  @Test
  void aDifferentKeywordGivesADifferentArticle() {
    GeneratedArticle shoes = engine.generate(spec("running shoes", 600));
    GeneratedArticle tents = engine.generate(spec("camping tents", 600));
    assertThat(tents.markdown()).isNotEqualTo(shoes.markdown());
    assertThat(tents.title()).isNotEqualTo(shoes.title());
    assertThat(tents.markdown()).contains("camping tents").doesNotContain("running shoes");
  }

  @Test
  void startsWithTheTitleAsTheOnlyH1() {
    GeneratedArticle article = engine.generate(spec("sourdough baking", 900));
    assertThat(article.markdown()).startsWith("# " + article.title() + "\n\n");
    assertThat(lines(article, "# ")).hasSize(1);
    assertThat(article.slug()).isEqualTo(Slugs.of(article.title()));
  }

  @Test
  void aGivenTitleIsUsedAsIs() {
    ArticleSpec spec = with(spec("sourdough baking", 500), "title", "  My   own title ");
    GeneratedArticle article = engine.generate(spec);
    assertThat(article.title()).isEqualTo("My own title");
    assertThat(article.slug()).isEqualTo("my-own-title");
    assertThat(article.markdown()).startsWith("# My own title\n\n");
  }

  @Test
  void aGeneratedTitleIsInTitleCaseAndKeepsDeliberateCapitals() {
    assertThat(engine.generate(spec("best running shoes for flat feet", 900)).title())
        .contains("Best Running Shoes for Flat Feet");
    GeneratedArticle iphone = engine.generate(spec("iPhone battery tips", 900));
    assertThat(iphone.title()).contains("iPhone Battery Tips");
    assertThat(iphone.markdown()).doesNotContain("IPhone");
  }

  @Test
  void questionLikeKeywordsBecomeTheTitleRatherThanAGuideToThem() {
    String title = engine.generate(spec("how to train a puppy not to bite", 900)).title();
    assertThat(title).startsWith("How to Train a Puppy Not to Bite");
  }

  @Test
  void blocksAreSeparatedByOneBlankLine() {
    GeneratedArticle article = engine.generate(spec("home office setup", 2500));
    assertThat(article.markdown()).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\n\n\n");
    for (String block : article.markdown().strip().split("\n\n")) {
      assertThat(block).isNotBlank().isEqualTo(block.strip());
      if (block.contains("\n")) {
        // only lists span several lines
        assertThat(block.lines()).allMatch(line -> line.startsWith("- ") && line.length() > 2);
      }
    }
  }

  @Test
  void theNumberOfSectionsGrowsWithTheTarget() {
    int previous = 0;
    for (int target : new int[] {250, 1000, 2000, 5000, 10000}) {
      int sections = lines(engine.generate(spec("garden design", target)), "## ").size();
      assertThat(sections).as("H2 count at %d words", target).isGreaterThan(previous);
      previous = sections;
    }
    // about one H2 per 200 to 300 words
    assertThat(previous).isBetween(10_000 / 300, 10_000 / 200);
  }

  @Test
  void shortArticlesStillHaveTwoSectionsBesidesTheConclusion() {
    GeneratedArticle article = engine.generate(spec("tea", 100));
    assertThat(lines(article, "## ")).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void theFaqIsThereOnlyWhenAskedFor() {
    ArticleSpec without = spec("electric bikes", 1500);
    ArticleSpec withFaq = with(without, "includeFaq", true);
    assertThat(engine.generate(without).markdown())
        .doesNotContain("Frequently asked questions")
        .doesNotContain("\n### ");
    GeneratedArticle article = engine.generate(withFaq);
    assertThat(lines(article, "## ")).contains("## Frequently asked questions");
    List<String> questions = lines(article, "### ");
    assertThat(questions).hasSizeBetween(1, 5).allMatch(q -> q.endsWith("?"));
    String faq = article.markdown().substring(article.markdown().indexOf("## Frequently"));
    assertThat(faq.indexOf("### ")).isLessThan(faq.indexOf("## Conclusion"));
  }

  @Test
  void theConclusionComesLastAndHasText() {
    for (boolean faq : new boolean[] {false, true}) {
      GeneratedArticle article =
          engine.generate(with(spec("bird watching", 1000), "includeFaq", faq));
      assertThat(lines(article, "## ")).last().isEqualTo("## Conclusion");
      String after = article.markdown().substring(article.markdown().indexOf("## Conclusion"));
      assertThat(after.lines().skip(1).filter(line -> !line.isBlank()))
          .isNotEmpty()
          .noneMatch(line -> line.startsWith("#"));
    }
  }

  static Stream<Arguments> targets() {
    List<Arguments> arguments = new ArrayList<>();
    String[] tones = {"professional", "casual", "humorous", "formal"};
    String[] persons = {"first-person", "second-person", "third-person"};
    int[] targets = {100, 250, 800, 1500, 3000, 10000};
    for (int i = 0; i < targets.length; i++) {
      for (int j = 0; j < tones.length; j++) {
        arguments.add(
            Arguments.of(
                targets[i], tones[j], persons[(i + j) % persons.length], (i + j) % 2 == 0));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} words, {1}, {2}, faq={3}")
  @MethodSource("targets")
  void landsWithinTenPercentOfTheTargetWordCount(
      int target, String tone, String person, boolean faq) {
    for (String keyword :
        List.of("seo", "best running shoes for flat feet", "how to train a puppy not to bite")) {
      ArticleSpec spec =
          new ArticleSpec(
              keyword,
              null,
              "offline",
              "draft-1",
              "en",
              tone,
              target,
              "new runners",
              person,
              faq,
              "",
              List.of(),
              List.of());
      GeneratedArticle article = engine.generate(spec);
      assertThat(article.wordCount()).isEqualTo(Words.count(article.markdown()));
      assertThat(article.wordCount())
          .isCloseTo(target, org.assertj.core.data.Percentage.withPercentage(10));
    }
  }

  @Test
  void usuallyLandsWithinThreePercent() {
    int within = 0;
    int total = 0;
    for (int target = 100; target <= 10_000; target += 99) {
      GeneratedArticle article = engine.generate(spec("topic " + target, target));
      total++;
      if (Math.abs(article.wordCount() - target) <= target * 0.03) {
        within++;
      }
    }
    assertThat(within).isEqualTo(total);
  }

  @ParameterizedTest
  @ValueSource(strings = {"first-person", "second-person", "third-person"})
  void writesInTheAskedPointOfView(String person) {
    ArticleSpec spec = with(spec("indoor plants", 3000), "pointOfView", person);
    String body = bodyOf(engine.generate(spec));
    int first = count(body, "\\b(we|We|our|Our|us|I|my|My)\\b");
    int second = count(body, "\\b(you|You|your|Your|yourself)\\b");
    int third = count(body, "\\b(readers|Readers|their|them)\\b");
    switch (person) {
      case "first-person" -> assertThat(first).isGreaterThan(10);
      case "second-person" -> assertThat(second).isGreaterThan(10);
      default -> assertThat(third).isGreaterThan(10);
    }
    if (!person.equals("second-person")) {
      assertThat(second).isZero();
    }
  }

  @Test
  void mentionsTheKeywordAndTheAudienceButNeverTheInstructions() {
    ArticleSpec spec =
        new ArticleSpec(
            "composting at home",
            null,
            "offline",
            "draft-1",
            "en",
            "friendly",
            1500,
            "Apartment dwellers",
            "second-person",
            true,
            "ZEBRA-INSTRUCTION do not reveal",
            List.of(),
            List.of());
    GeneratedArticle article = engine.generate(spec);
    assertThat(count(article.markdown(), "composting at home")).isGreaterThan(5);
    assertThat(article.markdown()).contains("apartment dwellers");
    assertThat(article.toString()).doesNotContain("ZEBRA");
  }

  @Test
  void theToneShowsInTheWording() {
    String casual = bodyOf(engine.generate(with(spec("podcasting", 4000), "tone", "casual")));
    String formal = bodyOf(engine.generate(with(spec("podcasting", 4000), "tone", "formal")));
    assertThat(casual).containsAnyOf("Honestly,", "Truth is,", "Here's the thing:");
    assertThat(formal).containsAnyOf("Accordingly,", "Moreover,", "Furthermore,");
    assertThat(formal).doesNotContain("Honestly,", "Here's the thing:");
  }

  @Test
  void theMetaDescriptionMentionsTheKeywordAndFits() {
    GeneratedArticle article = engine.generate(spec("vegan meal prep", 800));
    assertThat(article.metaDescription())
        .contains("vegan meal prep")
        .hasSizeLessThanOrEqualTo(MetaDescriptions.MAX_LENGTH);
  }

  @Test
  void veryLongKeywordsStillGiveAShortMetaDescriptionAndSlug() {
    String keyword = "the long and winding history of industrial textile manufacturing ".repeat(5);
    GeneratedArticle article = engine.generate(spec(keyword, 1000));
    assertThat(article.metaDescription()).hasSizeLessThanOrEqualTo(160).endsWith("…");
    assertThat(article.slug()).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
    assertThat(article.wordCount()).isBetween(900, 1100);
  }

  @Test
  void nonLatinKeywordsGiveNonLatinSlugs() {
    assertThat(engine.generate(spec("Привет мир", 500)).slug()).contains("привет-мир");
    assertThat(engine.generate(spec("東京 旅行", 500)).slug()).contains("東京-旅行");
  }

  @Test
  void aBlankKeywordOrAnImpossibleLengthFailsForGood() {
    assertThatExceptionOfType(GenerationFailure.class)
        .isThrownBy(() -> engine.generate(spec("  ", 500)))
        .matches(failure -> !failure.retryable());
    assertThatExceptionOfType(GenerationFailure.class)
        .isThrownBy(() -> engine.generate(spec("tea", 0)))
        .matches(failure -> !failure.retryable());
    assertThatExceptionOfType(GenerationFailure.class)
        .isThrownBy(() -> engine.generate(spec("tea", 1_000_000)))
        .matches(failure -> !failure.retryable());
  }

  @Test
  void takesTheConfiguredTime() {
    OfflineDraftEngine slow = new OfflineDraftEngine(new OfflineSettings(Duration.ofMillis(60)));
    long start = System.nanoTime();
    slow.generate(spec("tea", 300));
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(60));
  }

  @Test
  void anInterruptedWaitFailsRetryablyAndKeepsTheInterrupt() {
    OfflineDraftEngine slow = new OfflineDraftEngine(new OfflineSettings(Duration.ofSeconds(30)));
    Thread.currentThread().interrupt();
    try {
      assertThatExceptionOfType(GenerationFailure.class)
          .isThrownBy(() -> slow.generate(spec("tea", 300)))
          .matches(GenerationFailure::retryable)
          .withCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void theDelayDefaultsToTwoSecondsAndCannotBeNegative() {
    assertThat(new OfflineSettings(null).delay()).isEqualTo(Duration.ofSeconds(2));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new OfflineSettings(Duration.ofMillis(-1)));
  }

  static ArticleSpec spec(String keyword, int words) {
    return new ArticleSpec(
        keyword,
        null,
        "offline",
        "draft-1",
        "en",
        "professional",
        words,
        "",
        "second-person",
        false,
        "",
        List.of(),
        List.of());
  }

  private static ArticleSpec copyOf(ArticleSpec spec) {
    return new ArticleSpec(
        new String(spec.keyword()),
        spec.title(),
        new String(spec.provider()),
        spec.model(),
        spec.language(),
        spec.tone(),
        spec.wordCount(),
        spec.audience(),
        spec.pointOfView(),
        spec.includeFaq(),
        spec.instructions(),
        List.of(),
        List.of());
  }

  /** {@code spec} with one field changed, by its record component name. */
  private static ArticleSpec with(ArticleSpec spec, String field, Object value) {
    Object[] values =
        Arrays.stream(ArticleSpec.class.getRecordComponents())
            .map(
                component -> {
                  try {
                    return component.getName().equals(field)
                        ? value
                        : component.getAccessor().invoke(spec);
                  } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toArray();
    try {
      Class<?>[] types =
          Arrays.stream(ArticleSpec.class.getRecordComponents())
              .map(java.lang.reflect.RecordComponent::getType)
              .toArray(Class<?>[]::new);
      return ArticleSpec.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> lines(GeneratedArticle article, String prefix) {
    return article.markdown().lines().filter(line -> line.startsWith(prefix)).toList();
  }

  /** The text below the H1, whose title templates may say "you" whatever the point of view. */
  private static String bodyOf(GeneratedArticle article) {
    return article.markdown().substring(article.markdown().indexOf("\n\n"));
  }

  private static int count(String text, String regex) {
    return (int) Pattern.compile(regex).matcher(text).results().count();
  }
}
