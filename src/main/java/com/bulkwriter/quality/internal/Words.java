package com.bulkwriter.quality.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Words and sentences of prose, and the folded form in which keywords are looked for. */
final class Words {

  /** A sentence ends at ., ! or ? (or …) followed by a space or the end of the paragraph. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])[\"'”»)]*\\s+");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Words() {}

  /**
   * The words of {@code text}: runs of letters or digits, with inner apostrophes or hyphens
   * ("don't", "e-mail"). Scanned by hand rather than with a regular expression: this runs over
   * every stored article several times, and the pattern took most of the checks' time.
   */
  static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    int length = text.length();
    int i = 0;
    while (i < length) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      i += Character.charCount(cp);
      while (i < length) {
        int next = text.codePointAt(i);
        if (isWordChar(next)) {
          i += Character.charCount(next);
        } else if (isJoiner(next)
            && i + 1 < length
            && isWordChar(text.codePointAt(i + Character.charCount(next)))) {
          i += Character.charCount(next);
        } else {
          break;
        }
      }
      words.add(text.substring(start, i));
    }
    return words;
  }

  /** A letter or a number ({@code [\\p{L}\\p{N}]}). */
  private static boolean isWordChar(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** What may join two parts of one word: an apostrophe or a hyphen. */
  private static boolean isJoiner(int cp) {
    return cp == '\'' || cp == '’' || cp == '-';
  }

  /** The sentences of one paragraph (a paragraph without an end mark is one sentence). */
  static List<String> sentences(String paragraph) {
    List<String> sentences = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(paragraph.strip())) {
      if (!of(sentence).isEmpty()) {
        sentences.add(sentence.strip());
      }
    }
    return sentences;
  }

  /**
   * Lower case, accents removed, every run of non-letters one space, padded with a space at both
   * ends: "Wanderstiefel für Kinder!" and "wanderstiefel fur kinder" fold to the same text, so a
   * phrase is found whole with {@code folded.contains(fold(phrase))}.
   */
  static String fold(String text) {
    if (text == null) {
      return " ";
    }
    if (isAscii(text)) {
      return foldAscii(text);
    }
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    String spaced = NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return " " + spaced.strip() + " ";
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** {@link #fold} of plain ASCII, without the Unicode normalisation it does not need. */
  private static String foldAscii(String text) {
    StringBuilder folded = new StringBuilder(text.length() + 2).append(' ');
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        folded.append(c);
        space = false;
      } else if (c >= 'A' && c <= 'Z') {
        folded.append((char) (c + ('a' - 'A')));
        space = false;
      } else if (!space) {
        folded.append(' ');
        space = true;
      }
    }
    if (!space) {
      folded.append(' ');
    }
    return folded.length() == 1 ? "  " : folded.toString();
  }
}
