package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GeneratedArticle;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The offline draft engine honours an outline template and required phrases. */
class OutlineDraftTest {

  private final OfflineDraftEngine engine =
      new OfflineDraftEngine(new OfflineSettings(Duration.ZERO));

  private static ArticleSpec spec(
      int words, boolean faq, List<String> outline, List<String> phrases) {
    return new ArticleSpec(
        "raised garden beds",
        null,
        "offline",
        "draft-1",
        "en",
        "friendly",
        words,
        null,
        "second-person",
        faq,
        null,
        outline,
        phrases);
  }

  @ParameterizedTest
  @ValueSource(ints = {300, 800, 2500})
  void theDraftsSectionsAreExactlyTheTemplatesHeadingsAndItContainsEveryPhraseNearTheTarget(
      int words) {
    List<String> outline =
        List.of(
            "What raised garden beds are", "Choosing Raised garden beds in 2026", "Where to buy");
    List<String> phrases = List.of("free shipping", "cedar boards");

    GeneratedArticle draft = engine.generate(spec(words, false, outline, phrases));

    assertThat(h2s(draft.markdown())).containsExactlyElementsOf(outline);
    assertThat(spec(words, false, outline, phrases).missingPhrasesIn(draft.markdown())).isEmpty();
    assertThat(draft.wordCount()).isBetween((int) (words * 0.85), (int) (words * 1.15));
  }

  @Test
  void aFaqFollowsTheTemplatesSections() {
    List<String> outline = List.of("One", "Two");

    GeneratedArticle draft = engine.generate(spec(900, true, outline, List.of()));

    assertThat(h2s(draft.markdown())).containsExactly("One", "Two", "Frequently asked questions");
  }

  @Test
  void aSpecWithoutTemplateLetsTheEngineChooseItsOwnHeadings() {
    ArticleSpec plain = spec(800, false, List.of(), List.of());

    assertThat(engine.generate(plain)).isEqualTo(engine.generate(plain));
    assertThat(h2s(engine.generate(plain).markdown())).contains("Conclusion");
  }

  @Test
  void placeholdersAreFilledForTheYearAndAMissingPhraseIsFoundWithoutRegardToCase() {
    ArticleSpec spec =
        spec(500, false, List.of("{Keyword} in {year}"), List.of("Best {keyword}", "{year} prices"))
            .forYear(2031);

    assertThat(spec.outline()).containsExactly("Raised garden beds in 2031");
    assertThat(spec.missingPhrasesIn("The BEST raised\ngarden beds are here"))
        .containsExactly("2031 prices");
  }

  private static List<String> h2s(String markdown) {
    Matcher matcher = Pattern.compile("(?m)^## (.+)$").matcher(markdown);
    List<String> headings = new java.util.ArrayList<>();
    while (matcher.find()) {
      headings.add(matcher.group(1));
    }
    return headings;
  }
}
