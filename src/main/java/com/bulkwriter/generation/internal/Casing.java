package com.bulkwriter.generation.internal;

import java.util.Set;

/**
 * Upper and lower case for titles, headings and sentences. A word that already holds a capital
 * after its first letter ({@code iPhone}, {@code SEO}, {@code eBay}) is left exactly as typed.
 */
final class Casing {

  /** Words a title keeps in lower case unless they open or close it (Chicago style). */
  private static final Set<String> SMALL_WORDS =
      Set.of(
          "a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "per",
          "the", "to", "vs", "via", "with");

  private Casing() {}

  /** {@code text} stripped, with every run of whitespace turned into one space; "" for null. */
  static String collapseWhitespace(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = !out.isEmpty();
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Title Case: every word capitalised except small words inside the title. */
  static String titleCase(String text) {
    String[] words = text.split(" ");
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < words.length; i++) {
      boolean edge = i == 0 || i == words.length - 1 || words[i - 1].endsWith(":");
      if (i > 0) {
        out.append(' ');
      }
      String[] parts = words[i].split("-", -1);
      for (int j = 0; j < parts.length; j++) {
        if (j > 0) {
          out.append('-');
        }
        String part = parts[j];
        boolean small = SMALL_WORDS.contains(part) && !(edge && j == 0);
        out.append(small ? part : upperFirst(part));
      }
    }
    return out.toString();
  }

  /** {@code text} with its first letter in upper case, unless the word's case is deliberate. */
  static String upperFirst(String text) {
    StringBuilder out = new StringBuilder(text);
    upperFirst(out, 0);
    return out.toString();
  }

  static String lowerFirst(String text) {
    StringBuilder out = new StringBuilder(text);
    lowerFirst(out, 0);
    return out.toString();
  }

  /** Capitalises the first letter at or after {@code from} (skipping quotes and brackets). */
  static void upperFirst(StringBuilder text, int from) {
    int at = firstLetter(text, from);
    if (at >= 0 && Character.isLowerCase(text.charAt(at)) && !deliberate(text, at)) {
      text.setCharAt(at, Character.toTitleCase(text.charAt(at)));
    }
  }

  static void lowerFirst(StringBuilder text, int from) {
    int at = firstLetter(text, from);
    if (at >= 0 && Character.isUpperCase(text.charAt(at)) && !deliberate(text, at)) {
      text.setCharAt(at, Character.toLowerCase(text.charAt(at)));
    }
  }

  private static int firstLetter(CharSequence text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return Character.isLetter(c) ? i : -1;
      }
      if (Character.isWhitespace(c)) {
        return -1;
      }
    }
    return -1;
  }

  /** True for words like "iPhone" or "SEO" whose case must not be touched. */
  private static boolean deliberate(CharSequence text, int at) {
    for (int i = at + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        return true;
      }
      if (!Character.isLetter(c)) {
        return false;
      }
    }
    return false;
  }
}
