package com.bulkwriter.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WordsTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\n\n", "# ", "- - -", "| --- | :---: |", "> —", "…", "***"})
  void textWithoutLettersOrDigitsHasNoWords(String markdown) {
    assertThat(Words.count(markdown)).isZero();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '"',
      value = {
        "one two three; 3",
        "# A heading with five words; 5",
        "## Second-level heading; 2",
        "- first item\\n- second item; 4",
        "* starred item\\n+ plus item; 4",
        "1. first\\n2. second\\n10) tenth; 3",
        "> quoted text here; 3",
        "**bold** and _emphasis_ and `code`; 5",
        "well-known state-of-the-art; 2",
        "word — word; 2",
        "Price: 42 dollars; 3",
        "Released in 2024.; 3",
        "| Name | Age |\\n| --- | --- |\\n| Ann | 42 |; 4",
        "Привет мир; 2",
        "東京 旅行; 2",
        "नमस्ते दुनिया; 2",
        "مرحبا بالعالم; 2",
        "non\u00a0breaking space; 3",
      })
  void countsWordsAsAReaderSeesThem(String markdown, int words) {
    assertThat(Words.count(markdown.replace("\\n", "\n"))).isEqualTo(words);
  }

  @Test
  void linkTargetsAreNotWordsButLinkTextIs() {
    assertThat(Words.count("Read [the full guide](https://example.com/a-b-c?x=(1)) today"))
        .isEqualTo(5);
    assertThat(Words.count("See [docs](https://example.com).")).isEqualTo(2);
  }

  @Test
  void imagesAreNotRead() {
    assertThat(Words.count("Before ![a diagram of the flow](img/flow.png) after")).isEqualTo(2);
  }

  @Test
  void htmlTagsCommentsAndAutolinksAreMarkup() {
    assertThat(Words.count("line one<br>\n<div class=\"note\">inside</div>")).isEqualTo(3);
    assertThat(Words.count("before <!-- a hidden\nremark --> after")).isEqualTo(2);
    assertThat(Words.count("Visit <https://example.com> now")).isEqualTo(2);
    assertThat(Words.count("if a < b then")).isEqualTo(4);
  }

  @Test
  void fencesAndLinkDefinitionsAreMarkupButCodeInsideCounts() {
    String markdown =
        """
        Some code:

        ```java
        int answer = 42;
        ```

        [ref]: https://example.com "Title"
        """;
    assertThat(Words.count(markdown)).isEqualTo(2 + 3);
  }

  @Test
  void aWholeArticleCountsItsProseOnly() {
    String markdown =
        """
        # My Title

        An intro paragraph with six words.

        ## Section

        - item one
        - item two

        ### A question?

        An answer.
        """;
    assertThat(Words.count(markdown)).isEqualTo(2 + 6 + 1 + 4 + 2 + 2);
  }
}
