package com.bulkwriter.support;

/**
 * Makes user input safe to put in a log line: anything but letters, digits and {@code . _ @ - :}
 * becomes {@code ?} (no line breaks, no control or look-alike characters), and long input is cut.
 */
public final class LogSafe {

  private static final int MAX = 64;

  private LogSafe() {}

  public static String of(String input) {
    if (input == null) {
      return "(none)";
    }
    StringBuilder safe = new StringBuilder(Math.min(input.length(), MAX) + 1);
    for (int i = 0; i < input.length() && safe.length() < MAX; i++) {
      char c = input.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '@'
              || c == '-'
              || c == ':';
      safe.append(plain ? c : '?');
    }
    if (input.length() > MAX) {
      safe.append('…');
    }
    return safe.toString();
  }
}
