package com.bulkwriter.generation;

/** Keeps meta descriptions within what search engines show. */
public final class MetaDescriptions {

  /** Longest meta description, in characters. */
  public static final int MAX_LENGTH = 160;

  private static final char ELLIPSIS = '…';

  private MetaDescriptions() {}

  /**
   * {@code text} with its whitespace collapsed, cut at a word boundary and ended with an ellipsis
   * when it is longer than {@link #MAX_LENGTH}. The result is never longer than that.
   */
  public static String fit(String text) {
    if (text == null) {
      return "";
    }
    String clean = String.join(" ", text.strip().split("\\s+"));
    if (clean.length() <= MAX_LENGTH) {
      return clean;
    }
    int limit = MAX_LENGTH - 1; // room for the ellipsis
    int space = clean.lastIndexOf(' ', limit);
    int end = space > limit / 2 ? space : limit;
    if (end == limit && Character.isHighSurrogate(clean.charAt(end - 1))) {
      end--;
    }
    while (end > 0 && isTrailingPunctuation(clean.charAt(end - 1))) {
      end--;
    }
    return clean.substring(0, end) + ELLIPSIS;
  }

  private static boolean isTrailingPunctuation(char c) {
    return c == ' ' || c == ',' || c == ';' || c == ':' || c == '-' || c == '.' || c == '–';
  }
}
