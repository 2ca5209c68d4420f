package com.bulkwriter.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the Markdown LLMs tend to write so that every renderer (commonmark-java for exports, the
 * browser) reads it as the writer meant: no fence around the whole reply; Unix line ends; no
 * trailing spaces; a blank line before and after headings, before lists, quotes, rules, code fences
 * and tables, and after a table, list or quote when a paragraph follows (LLMs mean a new paragraph
 * there, not CommonMark's lazy continuation); never two blank lines in a row. Lines inside code
 * fences are left alone.
 *
 * <p>Hand-written: Markdown libraries parse or render, none repairs block boundaries; one line scan
 * with a little state is all it takes. Used when an article is stored and again when it is exported
 * (articles stored before a fix here still come out right).
 */
public final class MarkdownNormalizer {

  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t].*)?$");
  private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
  private static final Pattern LIST_ITEM =
      Pattern.compile("^[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+\\S.*$");
  private static final Pattern QUOTE = Pattern.compile("^ {0,3}>.*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*$");
  private static final Pattern TABLE_DELIMITER =
      Pattern.compile("^[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$");
  private static final Pattern WRAPPED =
      Pattern.compile("^\\s*```(?:markdown|md)?[ \\t]*\\n(.*)\\n\\s*```\\s*$", Pattern.DOTALL);

  private MarkdownNormalizer() {}

  public static String normalize(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
    Matcher wrapped = WRAPPED.matcher(text);
    if (wrapped.matches()) {
      text = wrapped.group(1);
    }
    String[] lines = text.split("\n", -1);
    List<String> out = new ArrayList<>(lines.length + 16);
    String fence = null;
    boolean inTable = false;
    boolean inList = false;
    boolean inQuote = false;
    boolean afterHeading = false;
    for (int i = 0; i < lines.length; i++) {
      if (fence != null) {
        out.add(lines[i]);
        if (lines[i].strip().startsWith(fence)) {
          fence = null;
        }
        continue;
      }
      String line = lines[i].stripTrailing();
      if (line.isEmpty()) {
        inTable = inList = inQuote = afterHeading = false;
        blankIf(out, true);
        continue;
      }
      boolean afterText = !out.isEmpty() && !out.getLast().isBlank();
      if (afterHeading) {
        blankIf(out, true);
        afterHeading = false;
        afterText = false;
      }
      Matcher fenceStart = FENCE.matcher(line);
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
        afterHeading = HEADING.matcher(line).matches();
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
