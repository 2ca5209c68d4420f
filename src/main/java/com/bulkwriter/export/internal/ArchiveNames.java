package com.bulkwriter.export.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names inside an archive that are safe on Windows, macOS and Linux and unique within it. A name is
 * built from one path segment at a time, so it can never climb out of the archive: separators,
 * {@code ..}, drive letters and control characters cannot survive. Latin accents are dropped
 * ({@code Café} becomes {@code Cafe}); letters of other scripts are kept as they are, which every
 * current file system and unzip tool reads (entries are stored as UTF-8).
 */
final class ArchiveNames {

  /** Longest segment, in characters, leaving room for a suffix, an extension and folders. */
  static final int MAX_LENGTH = 60;

  private static final Pattern RESERVED =
      Pattern.compile("(?i)^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?$");

  /** Case-insensitive: two names differing only by case collide on Windows and macOS. */
  private final Set<String> used = new HashSet<>();

  /** {@code reserved}: names at the top of the archive that are already taken. */
  ArchiveNames(String... reserved) {
    for (String name : reserved) {
      used.add(key("", name));
    }
  }

  /**
   * A name for {@code text} in {@code folder} ("" for the top) that no earlier call returned: the
   * safe name, or the safe name with {@code -2}, {@code -3}, ... on collision.
   */
  String unique(String folder, String text, String fallback) {
    String base = safe(text, fallback);
    String candidate = base;
    for (int n = 2; !used.add(key(folder, candidate)); n++) {
      String suffix = "-" + n;
      candidate = cut(base, MAX_LENGTH - suffix.length()) + suffix;
    }
    return candidate;
  }

  private static String key(String folder, String name) {
    return (folder + "/" + name).toLowerCase(Locale.ROOT);
  }

  /** One path segment made safe everywhere; {@code fallback} when nothing usable is left. */
  static String safe(String text, String fallback) {
    String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
    StringBuilder name = new StringBuilder(decomposed.length());
    boolean latin = false;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        if (!latin) {
          name.appendCodePoint(c); // part of the letter in Devanagari, kana, Cyrillic й ...
        }
        continue;
      }
      if (Character.isLetterOrDigit(c) || type == Character.COMBINING_SPACING_MARK) {
        latin = Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
        appendLetter(name, c);
      } else if (c == ' ' || c == '_' || c == '.' || c == '(' || c == ')') {
        name.append((char) c);
      } else if (Character.isWhitespace(c)) {
        name.append(' ');
      } else {
        name.append('-');
      }
    }
    String cleaned =
        trim(Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[- ]*-[- ]*", "-"))
            .replaceAll(" {2,}", " ")
            .replaceAll("\\.{2,}", ".");
    cleaned = trim(cut(cleaned, MAX_LENGTH));
    if (cleaned.isEmpty()) {
      return fallback;
    }
    return RESERVED.matcher(cleaned).matches() ? "_" + cleaned : cleaned;
  }

  /** No leading or trailing dots, spaces or hyphens: hidden files, and names Windows mangles. */
  private static String trim(String name) {
    int start = 0;
    int end = name.length();
    while (start < end && ". -".indexOf(name.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ". -".indexOf(name.charAt(end - 1)) >= 0) {
      end--;
    }
    return name.substring(start, end);
  }

  private static String cut(String name, int length) {
    if (name.codePointCount(0, name.length()) <= length) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, length));
  }

  private static void appendLetter(StringBuilder name, int c) {
    switch (c) {
      case 'ß' -> name.append("ss");
      case 'æ' -> name.append("ae");
      case 'Æ' -> name.append("AE");
      case 'œ' -> name.append("oe");
      case 'Œ' -> name.append("OE");
      case 'ø' -> name.append('o');
      case 'Ø' -> name.append('O');
      case 'đ', 'ð' -> name.append('d');
      case 'Đ', 'Ð' -> name.append('D');
      case 'ł' -> name.append('l');
      case 'Ł' -> name.append('L');
      case 'þ' -> name.append("th");
      case 'Þ' -> name.append("Th");
      case 'ı' -> name.append('i');
      default -> name.appendCodePoint(c);
    }
  }
}
