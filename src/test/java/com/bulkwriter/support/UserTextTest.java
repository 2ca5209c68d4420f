package com.bulkwriter.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"\u0000", "\u0007", "\u001B", "\r", "\n", "\t", "\u007F", "\u0085", "\u009F"})
  void everyC0C1AndDelCharacterIsAControlCharacterInASingleLineField(String control) {
    assertThat(UserText.controlCharacterProblem("a" + control + "b", false))
        .startsWith("contains the control character U+")
        .contains("at position 2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "émigré", "日本語", "emoji 🙂", "a\u00A0b"})
  void printableTextHasNoProblem(String text) {
    assertThat(UserText.controlCharacterProblem(text, false)).isNull();
    assertThat(UserText.controlCharacterProblem(null, false)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"two\nlines", "crlf\r\nline", "tab\there"})
  void aMultiLineFieldMayHoldLineBreaksAndTabsButNoOtherControl(String text) {
    assertThat(UserText.controlCharacterProblem(text, true)).isNull();
    assertThat(UserText.controlCharacterProblem(text + "\u0000", true))
        .endsWith("only line breaks and tabs are allowed");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\u00A0",
        "\u200B",
        "\u200C\u200D",
        "\u2060",
        "\uFEFF",
        "\u3000",
        "\u2003",
        "\u00AD",
        "\u3164",
        "\u115F",
        "\u2800",
        "\u034F",
        "\u200E\u200F"
      })
  void textMadeOnlyOfInvisibleCharactersIsBlank(String text) {
    assertThat(UserText.isBlank(text)).isTrue();
    assertThat(UserText.isBlank(text + "x")).isFalse();
    assertThat(UserText.strip(text + "x" + text)).isEqualTo("x");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\t", "\n\u0007"})
  void controlCharactersAreNeverStrippedSoTheyAreReported(String control) {
    assertThat(UserText.strip(control + "x")).isEqualTo(control + "x");
    assertThat(UserText.isBlank(control)).isFalse();
  }
}
