package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.generation.ArticleSpec;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PhrasebookTest {

  private final Voice voice =
      new Voice(
          new ArticleSpec(
              "tea",
              null,
              "offline",
              "draft-1",
              "en",
              "casual",
              500,
              "",
              "second-person",
              false,
              "",
              List.of(),
              List.of()),
          "tea",
          new SplittableRandom(1));

  @Test
  void shortSentencesCoverEveryLengthTheLastParagraphMayNeed() {
    List<Integer> lengths = Phrasebook.SHORT.stream().map(t -> t.words(voice)).distinct().toList();
    assertThat(lengths).containsAll(IntStream.rangeClosed(2, 9).boxed().toList());
  }

  @Test
  void aTemplateKnowsItsLengthWithoutBeingRendered() {
    voice.topic("long-term maintenance of vintage cars");
    Stream.of(Phrasebook.INTRO, Phrasebook.BODY, Phrasebook.CONCLUSION, Phrasebook.SHORT)
        .flatMap(List::stream)
        .forEach(
            template ->
                assertThat(template.words(voice))
                    .as(template.render(voice))
                    .isEqualTo(com.bulkwriter.generation.Words.count(template.render(voice))));
  }

  @Test
  void openersNeverEndInThatBecauseTheyMayPrecedeAnImperative() {
    Stream.concat(
            Phrasebook.TONES.stream().flatMap(tone -> tone.openers().stream()),
            Stream.of(Phrasebook.FIRST_PERSON, Phrasebook.SECOND_PERSON, Phrasebook.THIRD_PERSON)
                .flatMap(person -> person.openers().stream()))
        .forEach(opener -> assertThat(opener).matches(".*[,:]"));
  }

  @Test
  void toneAndPointOfViewAreRecognisedLoosely() {
    assertThat(Voice.tone("Very Professional").names()).contains("professional");
    assertThat(Voice.tone("conversational").names()).contains("casual");
    assertThat(Voice.tone("something else")).isSameAs(Phrasebook.INFORMATIVE);
    assertThat(Voice.tone(null)).isSameAs(Phrasebook.INFORMATIVE);
    assertThat(Voice.person("First person")).isSameAs(Phrasebook.FIRST_PERSON);
    assertThat(Voice.person("3rd")).isSameAs(Phrasebook.THIRD_PERSON);
    assertThat(Voice.person(null)).isSameAs(Phrasebook.SECOND_PERSON);
    assertThat(Voice.audience("  Small business owners. ")).isEqualTo("small business owners");
    assertThat(Voice.audience("SaaS founders")).isEqualTo("SaaS founders");
    assertThat(Voice.audience(" ")).isEqualTo(Voice.ANYONE);
  }

  @Test
  void titleCaseCapitalisesAllButSmallWordsAndLeavesDeliberateCase() {
    assertThat(Casing.titleCase("the complete guide to running shoes for flat feet"))
        .isEqualTo("The Complete Guide to Running Shoes for Flat Feet");
    assertThat(Casing.titleCase("seo for iPhone apps: a step-by-step guide"))
        .isEqualTo("Seo for iPhone Apps: A Step-by-Step Guide");
    assertThat(Casing.titleCase("what to look for")).isEqualTo("What to Look For");
  }
}
