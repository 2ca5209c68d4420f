package com.bulkwriter.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written word and sentence scanners and ASCII fold give what the regular expressions they
 * replaced gave, on the English, German and Portuguese fixtures and on random text full of edge
 * cases.
 */
class WordsTest {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])[\"'”»)]*\\s+");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "en-hiking-boots.md",
        "en-hard-article.md",
        "de-wanderschuhe.md",
        "pt-botas.md",
        "random"
      })
  void wordsAndFoldsAreTheSameAsTheRegularExpressionsGave(String fixture) throws IOException {
    List<String> texts = new ArrayList<>();
    if (fixture.equals("random")) {
      Random random = new Random(42);
      String alphabet = "aZ9 -'’.,!?é²½ÄßçÃ\n\t#*_`…\"”»)\u000B\u00A0";
      for (int n = 0; n < 2_000; n++) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(30); i > 0; i--) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        texts.add(text.toString());
      }
      texts.add("");
      texts.add("--- '' !!");
    } else {
      try (InputStream in = getClass().getResourceAsStream("/quality/" + fixture)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        texts.add(text);
        texts.addAll(List.of(text.split("\n")));
      }
    }
    for (String text : texts) {
      assertThat(Words.of(text)).as(text).isEqualTo(regexWords(text));
      assertThat(Words.fold(text)).as(text).isEqualTo(regexFold(text));
      assertThat(Words.sentences(text)).as(text).isEqualTo(regexSentences(text));
    }
  }

  private static List<String> regexWords(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  private static List<String> regexSentences(String paragraph) {
    List<String> sentences = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(paragraph.strip())) {
      if (!regexWords(sentence).isEmpty()) {
        sentences.add(sentence.strip());
      }
    }
    return sentences;
  }

  private static String regexFold(String text) {
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    String spaced = NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return " " + spaced.strip() + " ";
  }
}
