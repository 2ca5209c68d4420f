package com.bulkwriter.generation;

/**
 * Counts the words of a Markdown text as a reader of the rendered page would: markup ({@code #},
 * list markers, table pipes, fences, HTML tags and comments, link and image targets) is not
 * counted, and what remains is split on whitespace. A token without a letter or digit (a dash, an
 * ellipsis, a lone {@code |}) is not a word, so words of any script count the same way.
 *
 * <p>Scripts written without spaces (Chinese, Japanese, Thai) count one word per space-separated
 * run; nobody has asked for more, and it keeps the count identical to what an LLM provider is asked
 * to produce.
 */
public final class Words {

  private Words() {}

  /** Words in {@code markdown}; 0 for {@code null} or blank text. */
  public static int count(String markdown) {
    if (markdown == null || markdown.isEmpty()) {
      return 0;
    }
    return new Scan(markdown).run();
  }

  /** One pass over the text; a line at a time so that line-level markup can be dropped. */
  private static final class Scan {

    private final String text;
    private int words;
    private boolean inToken;
    private boolean tokenHasWord;
    private boolean inComment;

    Scan(String text) {
      this.text = text;
    }

    int run() {
      int start = 0;
      int length = text.length();
      while (start < length) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
          end = length;
        }
        line(start, end);
        endToken();
        start = end + 1;
      }
      return words;
    }

    private void line(int start, int end) {
      int i = start;
      if (!inComment) {
        i = skipLinePrefix(start, end);
        if (i < 0) {
          return;
        }
      }
      while (i < end) {
        if (inComment) {
          int close = text.indexOf("-->", i);
          if (close < 0 || close + 3 > end) {
            return;
          }
          inComment = false;
          i = close + 3;
          continue;
        }
        char c = text.charAt(i);
        if (isSpace(c)) {
          endToken();
          i++;
          continue;
        }
        int skipTo = markupEnd(c, i, end);
        if (skipTo > i) {
          i = skipTo;
          continue;
        }
        int codePoint = text.codePointAt(i);
        inToken = true;
        if (Character.isLetterOrDigit(codePoint)) {
          tokenHasWord = true;
        }
        i += Character.charCount(codePoint);
      }
    }

    /**
     * Drops what a line starts with that a reader never sees: indentation, quote markers and an
     * ordered-list number. Returns -1 for lines that are markup as a whole (code fences, link
     * reference definitions).
     */
    private int skipLinePrefix(int start, int end) {
      int i = start;
      while (i < end
          && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
        i++;
      }
      if (text.startsWith("```", i) || text.startsWith("~~~", i)) {
        return -1;
      }
      if (i < end && text.charAt(i) == '[') {
        int close = text.indexOf(']', i);
        if (close > 0 && close + 1 < end && text.charAt(close + 1) == ':') {
          return -1;
        }
      }
      int digits = i;
      while (digits < end && digits - i < 10 && isAsciiDigit(text.charAt(digits))) {
        digits++;
      }
      if (digits > i
          && digits < end
          && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
          && (digits + 1 == end || isSpace(text.charAt(digits + 1)))) {
        return digits + 1;
      }
      return i;
    }

    /** If inline markup starts at {@code i}, the index just after it; otherwise {@code i}. */
    private int markupEnd(char c, int i, int end) {
      if (c == '<') {
        if (text.startsWith("<!--", i)) {
          inComment = true;
          return i + 4;
        }
        return htmlTagEnd(i, end);
      }
      if (c == ']' && i + 1 < end && text.charAt(i + 1) == '(') {
        // the text of a link counts, its target does not
        int close = closingParen(i + 1, end);
        return close < 0 ? i : close + 1;
      }
      if (c == '!' && i + 1 < end && text.charAt(i + 1) == '[') {
        // an image is not read at all: neither its alt text nor its target
        int bracket = text.indexOf("](", i + 2);
        if (bracket < 0 || bracket >= end) {
          return i;
        }
        int close = closingParen(bracket + 1, end);
        if (close < 0) {
          return i;
        }
        endToken();
        return close + 1;
      }
      return i;
    }

    private int htmlTagEnd(int i, int end) {
      int next = i + 1;
      if (next < end && text.charAt(next) == '/') {
        next++;
      }
      if (next >= end || !Character.isLetter(text.charAt(next))) {
        return i;
      }
      for (int j = next; j < end; j++) {
        char c = text.charAt(j);
        if (c == '>') {
          return j + 1;
        }
        if (c == '<') {
          return i;
        }
      }
      return i;
    }

    private int closingParen(int open, int end) {
      int depth = 0;
      for (int j = open; j < end; j++) {
        char c = text.charAt(j);
        if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          return j;
        }
      }
      return -1;
    }

    private void endToken() {
      if (inToken && tokenHasWord) {
        words++;
      }
      inToken = false;
      tokenHasWord = false;
    }

    private static boolean isAsciiDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
  }
}
