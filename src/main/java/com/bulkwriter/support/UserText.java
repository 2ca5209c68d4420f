package com.bulkwriter.support;

/**
 * Checks for text users submit. Control characters (C0, DEL, C1: NUL, BEL, ESC, line breaks ...)
 * have no place in a keyword, a name or a setting: PostgreSQL refuses NUL, the others end up in
 * prompts, file names, logs and XML, so they are refused at the door. Invisible characters
 * (no-break and other Unicode spaces, zero-width characters, the BOM, fillers) around a keyword are
 * stripped, and a keyword made only of them is blank.
 */
public final class UserText {

  private UserText() {}

  /**
   * Why {@code text} cannot be accepted because of a control character, or {@code null} when it has
   * none. A multi-line field (instructions) may hold line breaks and tabs, nothing else.
   */
  public static String controlCharacterProblem(String text, boolean multiLine) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = multiLine && (c == '\n' || c == '\r' || c == '\t');
      if (isControl(c) && !allowed) {
        return "contains the control character U+%04X at position %d; %s"
            .formatted(
                (int) c,
                i + 1,
                multiLine
                    ? "only line breaks and tabs are allowed"
                    : "use one line of printable text");
      }
    }
    return null;
  }

  /** C0 controls, DEL and C1 controls. */
  public static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  /** {@code text} without whitespace and invisible characters at either end. */
  public static String strip(String text) {
    if (text == null) {
      return null;
    }
    int start = 0;
    int end = text.length();
    while (start < end && isInvisible(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && isInvisible(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  /** Whether {@code text} shows nothing: empty, or only whitespace and invisible characters. */
  public static boolean isBlank(String text) {
    return text == null || strip(text).isEmpty();
  }

  /**
   * Whitespace but control characters (Unicode spaces included: NBSP, U+2000–U+200A, U+3000),
   * format characters (zero-width space, joiners, word joiner, BOM, soft hyphen, direction marks)
   * and the fillers that render as nothing (Hangul fillers, braille blank, combining grapheme
   * joiner).
   */
  static boolean isInvisible(int codePoint) {
    if (Character.getType(codePoint) == Character.CONTROL) {
      return false; // never stripped or ignored: refused by controlCharacterProblem
    }
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || Character.getType(codePoint) == Character.FORMAT
        || codePoint == 0x034F
        || codePoint == 0x115F
        || codePoint == 0x1160
        || codePoint == 0x3164
        || codePoint == 0xFFA0
        || codePoint == 0x2800;
  }
}
