package com.bulkwriter.generation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans model Markdown before it is stored: no fence around the whole article, Unix line ends, no
 * trailing spaces, exactly one blank line before headings, lists and tables (many renderers need
 * it), never more than one blank line in a row. Code blocks inside the article are left alone.
 */
final class MarkdownNormalizer {

  private static final Pattern WHOLE_FENCE =
      Pattern.compile("^\\s*```[\\w-]*\\s*\\n(.*?)\\n\\s*```\\s*$", Pattern.DOTALL);
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,3}([-*+]|\\d{1,3}[.)])\\s+.*");

  private MarkdownNormalizer() {}

  static String normalize(String markdown) {
    String text = markdown == null ? "" : markdown.replace("\r\n", "\n").replace('\r', '\n');
    var fenced = WHOLE_FENCE.matcher(text);
    if (fenced.matches()) {
      text = fenced.group(1);
    }
    List<String> out = new ArrayList<>();
    boolean inCode = false;
    Kind previous = Kind.BLANK;
    for (String raw : text.split("\n", -1)) {
      String line = inCode ? raw : raw.stripTrailing();
      if (line.strip().startsWith("```")) {
        if (!inCode && previous != Kind.BLANK) {
          out.add("");
        }
        inCode = !inCode;
        out.add(line);
        previous = Kind.TEXT;
        continue;
      }
      if (inCode) {
        out.add(line);
        continue;
      }
      Kind kind = Kind.of(line);
      if (kind == Kind.BLANK) {
        if (previous != Kind.BLANK) {
          out.add("");
        }
      } else {
        boolean needsBlank =
            kind == Kind.HEADING
                || previous == Kind.HEADING
                || (kind != previous && (kind == Kind.LIST || kind == Kind.TABLE));
        if (needsBlank && previous != Kind.BLANK) {
          out.add("");
        }
        out.add(line);
      }
      previous = kind;
    }
    while (!out.isEmpty() && out.getFirst().isEmpty()) {
      out.removeFirst();
    }
    while (!out.isEmpty() && out.getLast().isEmpty()) {
      out.removeLast();
    }
    return String.join("\n", out) + "\n";
  }

  private enum Kind {
    BLANK,
    HEADING,
    LIST,
    TABLE,
    TEXT;

    static Kind of(String line) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        return BLANK;
      }
      if (stripped.matches("#{1,6}\\s.*")) {
        return HEADING;
      }
      if (LIST_ITEM.matcher(line).matches()) {
        return LIST;
      }
      if (stripped.startsWith("|")) {
        return TABLE;
      }
      return TEXT;
    }
  }
}
