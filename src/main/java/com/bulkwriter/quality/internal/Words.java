package com.bulkwriter.quality.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Words and sentences of prose, and the folded form in which keywords are looked for. */
final class Words {

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
    scan(text, words);
    return words;
  }

  /** How many words {@link #of} finds, without keeping them. */
  static int count(String text) {
    return scan(text, null);
  }

  /** Finds the words of {@code text}, adding them to {@code words} unless it is null. */
  private static int scan(String text, List<String> words) {
    if (text == null) {
      return 0;
    }
    int found = 0;
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
      found++;
      if (words != null) {
        words.add(text.substring(start, i));
      }
    }
    return found;
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

  /**
   * The sentences of one paragraph (a paragraph without an end mark is one sentence): a sentence
   * ends at ., !, ? or … followed by closing quotes or brackets, if any, and then white space; the
   * closing marks are not kept. Scanned by hand like {@link #of}: the regular expression {@code
   * (?<=[.!?…])["'”»)]*\s+} it replaces was a tenth of the checks' time.
   */
  static List<String> sentences(String paragraph) {
    List<String> sentences = new ArrayList<>();
    String text = paragraph.strip();
    int length = text.length();
    int start = 0;
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int closed = i + 1;
        while (closed < length && "\"'”»)".indexOf(text.charAt(closed)) >= 0) {
          closed++;
        }
        int next = closed;
        while (next < length && isSpace(text.charAt(next))) {
          next++;
        }
        if (next > closed) {
          addSentence(sentences, text.substring(start, i + 1));
          start = next;
          i = next;
          continue;
        }
      }
      i++;
    }
    addSentence(sentences, text.substring(start));
    return sentences;
  }

  private static void addSentence(List<String> sentences, String sentence) {
    if (count(sentence) > 0) {
      sentences.add(sentence.strip());
    }
  }

  /** White space as {@code \s} means it: space, tab, line breaks, form feed, vertical tab. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
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
