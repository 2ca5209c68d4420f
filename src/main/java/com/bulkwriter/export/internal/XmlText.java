package com.bulkwriter.export.internal;

/**
 * Text made safe for XML 1.0 (DOCX parts, HTML pages): characters XML forbids, which no document
 * may hold (U+0000, BEL, ESC and the other C0 controls but tab and line breaks, lone surrogates,
 * U+FFFE, U+FFFF), are dropped. Stored articles may hold them: LLM output and user keywords are not
 * guaranteed clean.
 */
final class XmlText {

  private XmlText() {}

  static String clean(String text) {
    if (text == null || isClean(text)) {
      return text;
    }
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        clean.append(c).append(text.charAt(++i));
      } else if (allowed(c)) {
        clean.append(c);
      }
    }
    return clean.toString();
  }

  private static boolean isClean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c)
            || i + 1 >= text.length()
            || !Character.isLowSurrogate(text.charAt(++i))) {
          return false;
        }
      } else if (!allowed(c)) {
        return false;
      }
    }
    return true;
  }

  /** A character (not part of a surrogate pair) that XML 1.0 allows. */
  private static boolean allowed(char c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c < 0xD800)
        || (c >= 0xE000 && c <= 0xFFFD);
  }
}
