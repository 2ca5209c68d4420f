package com.bulkwriter.generation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders an outline heading or a required phrase may hold, filled per article when it is
 * written: {@code {keyword}} (the row's keyword as typed), {@code {Keyword}} (the same with its
 * first letter capitalised) and {@code {year}} (the year the article is written, from the injected
 * clock, UTC). Anything else in braces is refused at the door, so a typo such as {@code {keywrod}}
 * never reaches a prompt.
 */
public final class Placeholders {

  public static final List<String> KNOWN = List.of("{keyword}", "{Keyword}", "{year}");

  private static final Pattern BRACED = Pattern.compile("\\{[^{}]*}");

  private Placeholders() {}

  /** The placeholders in {@code text} that are not {@link #KNOWN}, in order, each once. */
  public static List<String> unknownIn(String text) {
    LinkedHashSet<String> unknown = new LinkedHashSet<>();
    Matcher matcher = BRACED.matcher(text == null ? "" : text);
    while (matcher.find()) {
      if (!KNOWN.contains(matcher.group())) {
        unknown.add(matcher.group());
      }
    }
    return List.copyOf(unknown);
  }

  /** {@code text} with every known placeholder filled for this keyword and year. */
  public static String fill(String text, String keyword, int year) {
    String plain = keyword == null ? "" : keyword.strip();
    String capitalised =
        plain.isEmpty()
            ? plain
            : plain.substring(0, 1).toUpperCase(Locale.ROOT) + plain.substring(1);
    return text.replace("{keyword}", plain)
        .replace("{Keyword}", capitalised)
        .replace("{year}", String.valueOf(year));
  }

  /** Every line filled, see {@link #fill}. */
  public static List<String> fill(List<String> lines, String keyword, int year) {
    List<String> filled = new ArrayList<>(lines.size());
    lines.forEach(line -> filled.add(fill(line, keyword, year)));
    return List.copyOf(filled);
  }
}
