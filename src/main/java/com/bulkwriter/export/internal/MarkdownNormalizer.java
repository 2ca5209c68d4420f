package com.bulkwriter.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Repairs the Markdown LLMs tend to write so that a parser reads it as the writer meant: a heading,
 * table, list, quote, rule or code fence glued to the line before it gets the blank line CommonMark
 * and GFM need, a table is ended before a following paragraph, and a reply wrapped whole in a
 * {@code ```markdown} fence is unwrapped. Lines inside code fences are left alone.
 */
final class MarkdownNormalizer {

  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t].*)?$");
  private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
  private static final Pattern LIST_ITEM =
      Pattern.compile("^[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+\\S.*$");
  private static final Pattern QUOTE = Pattern.compile("^ {0,3}>.*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*$");
  private static final Pattern TABLE_DELIMITER =
      Pattern.compile("^[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$");
  private static final Pattern WRAPPED =
      Pattern.compile("^\\s*```(?:markdown|md)?[ \\t]*\\n(.*)\\n```\\s*$", Pattern.DOTALL);

  private MarkdownNormalizer() {}

  static String normalize(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
    var wrapped = WRAPPED.matcher(text);
    if (wrapped.matches() && !wrapped.group(1).contains("\n```")) {
      text = wrapped.group(1);
    }
    String[] lines = text.split("\n", -1);
    List<String> out = new ArrayList<>(lines.length + 16);
    String fence = null;
    boolean inTable = false;
    boolean inList = false;
    boolean inQuote = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String previous = out.isEmpty() ? "" : out.getLast();
      boolean afterText = !previous.isBlank();
      if (fence != null) {
        out.add(line);
        if (line.strip().startsWith(fence)) {
          fence = null;
        }
        continue;
      }
      if (line.isBlank()) {
        inTable = inList = inQuote = false;
        out.add(line);
        continue;
      }
      var fenceStart = FENCE.matcher(line);
      if (fenceStart.matches()) {
        fence = fenceStart.group(1);
        blankIf(out, afterText);
        out.add(line);
        inTable = inList = inQuote = false;
        continue;
      }
      String next = i + 1 < lines.length ? lines[i + 1] : "";
      boolean tableStart =
          !inTable && line.contains("|") && TABLE_DELIMITER.matcher(next).matches();
      if (inTable && !line.contains("|")) {
        inTable = false;
        blankIf(out, true);
      }
      boolean unindented = !Character.isWhitespace(line.charAt(0));
      if ((inList && unindented && !LIST_ITEM.matcher(line).matches())
          || (inQuote && !QUOTE.matcher(line).matches())) {
        // LLMs mean a new paragraph here, not CommonMark's lazy continuation of the item or quote
        blankIf(out, true);
        inList = inQuote = false;
        afterText = false;
      }
      if (tableStart) {
        blankIf(out, afterText);
        inTable = true;
        inList = inQuote = false;
      } else if (HEADING.matcher(line).matches() || RULE.matcher(line).matches()) {
        // a rule glued to a paragraph would turn it into a setext heading
        blankIf(out, afterText);
        inList = inQuote = false;
      } else if (!inTable && LIST_ITEM.matcher(line).matches()) {
        blankIf(out, afterText && !inList);
        inList = true;
      } else if (QUOTE.matcher(line).matches()) {
        blankIf(out, afterText && !inQuote);
        inQuote = true;
      }
      out.add(line);
    }
    return String.join("\n", out).strip() + "\n";
  }

  private static void blankIf(List<String> out, boolean condition) {
    if (condition && !out.isEmpty() && !out.getLast().isBlank()) {
      out.add("");
    }
  }
}
