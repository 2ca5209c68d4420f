package com.bulkwriter.generation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL slugs for article titles: lowercase, Latin accents dropped ({@code Café Crème} becomes {@code
 * cafe-creme}), letters and digits of every script kept ({@code Привет мир} becomes {@code
 * привет-мир}, {@code 東京 旅行} becomes {@code 東京-旅行}), anything else a single hyphen.
 */
public final class Slugs {

  /** Longest slug produced, in characters. */
  public static final int MAX_LENGTH = 80;

  private Slugs() {}

  /**
   * The slug for {@code text}. Never empty: text without a letter or digit gets {@code article-}
   * and a short hash of the text, so that different such titles still get different slugs.
   */
  public static String of(String text) {
    String source = text == null ? "" : text;
    String decomposed = Normalizer.normalize(source.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder slug = new StringBuilder(Math.min(decomposed.length(), MAX_LENGTH + 16));
    boolean pendingHyphen = false;
    boolean keepMarks = false;
    for (int i = 0; i < decomposed.length(); ) {
      int codePoint = decomposed.codePointAt(i);
      i += Character.charCount(codePoint);
      if (isMark(codePoint)) {
        // Accents on Latin and Greek letters can go; in other scripts (Devanagari vowel signs,
        // kana voicing marks, Cyrillic й) the mark is part of the letter and must stay.
        if (keepMarks) {
          slug.appendCodePoint(codePoint);
        }
        continue;
      }
      if (codePoint == '\'' || codePoint == '’' || codePoint == 'ʼ') {
        continue; // "what's" reads better as "whats" than as "what-s"
      }
      if (!Character.isLetterOrDigit(codePoint)) {
        pendingHyphen = true;
        keepMarks = false;
        continue;
      }
      if (pendingHyphen && !slug.isEmpty()) {
        slug.append('-');
      }
      pendingHyphen = false;
      appendLetter(slug, codePoint);
      Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
      keepMarks =
          script != Character.UnicodeScript.LATIN
              && script != Character.UnicodeScript.GREEK
              && script != Character.UnicodeScript.COMMON;
    }
    String result = cut(Normalizer.normalize(slug, Normalizer.Form.NFC));
    return result.isEmpty() ? "article-" + shortHash(source) : result;
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Latin letters that do not decompose into a base letter and an accent. */
  private static void appendLetter(StringBuilder slug, int codePoint) {
    switch (codePoint) {
      case 'ß' -> slug.append("ss");
      case 'æ' -> slug.append("ae");
      case 'œ' -> slug.append("oe");
      case 'ø' -> slug.append('o');
      case 'đ', 'ð' -> slug.append('d');
      case 'ł' -> slug.append('l');
      case 'ħ' -> slug.append('h');
      case 'ı' -> slug.append('i');
      case 'þ' -> slug.append("th");
      default -> slug.appendCodePoint(codePoint);
    }
  }

  private static String cut(String slug) {
    if (slug.length() <= MAX_LENGTH) {
      return slug;
    }
    int hyphen = slug.lastIndexOf('-', MAX_LENGTH);
    if (hyphen >= MAX_LENGTH / 4) {
      return slug.substring(0, hyphen);
    }
    int end = MAX_LENGTH;
    if (Character.isHighSurrogate(slug.charAt(end - 1))) {
      end--;
    }
    String hardCut = slug.substring(0, end);
    return hardCut.endsWith("-") ? hardCut.substring(0, hardCut.length() - 1) : hardCut;
  }

  /** FNV-1a over the characters: stable across JVMs, unlike {@code String.hashCode} tricks. */
  private static String shortHash(String text) {
    int hash = 0x811c9dc5;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x01000193;
    }
    return String.format(Locale.ROOT, "%08x", hash);
  }
}
