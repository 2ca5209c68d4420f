package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GenerationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * A long article's plan as the model answered it: title, slug, meta description and the section
 * headings. Read leniently (headings as {@code ##} lines, list items or plain lines), because a
 * usable outline is cheaper to repair than to ask for again.
 */
record Outline(String title, String slug, String meta, List<String> headings) {

  /** Fewer headings than this is not an outline. */
  static final int MIN_SECTIONS = 2;

  static Outline parse(String answer, ArticleSpec spec, int planned) {
    String text = ArticleParser.stripOuterFence(answer == null ? "" : answer.replace("\r\n", "\n"));
    String title = null;
    String slug = null;
    String meta = null;
    List<String> headings = new ArrayList<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      Matcher label = ArticleParser.LABEL.matcher(line);
      if (line.isEmpty() || line.matches("-{3,}") || line.startsWith("# ")) {
        continue;
      }
      if (label.matches() && headings.isEmpty()) {
        String key = label.group(1).toLowerCase(Locale.ROOT);
        String value = label.group(2).strip();
        if (key.equals("title")) {
          title = value;
        } else if (key.equals("slug")) {
          slug = value;
        } else {
          meta = value;
        }
      } else {
        String heading = line.replaceFirst("^(#{2,6}|[-*+]|\\d+[.)])\\s*", "").replace("**", "");
        if (!heading.isBlank() && headings.size() < planned) {
          headings.add(heading.strip());
        }
      }
    }
    if (headings.size() < MIN_SECTIONS) {
      throw GenerationFailure.retryable(
          "The outline had %d section headings of the %d asked for"
              .formatted(headings.size(), planned),
          null);
    }
    if (spec.includeFaq() && headings.stream().noneMatch(h -> h.equalsIgnoreCase("FAQ"))) {
      if (headings.size() == planned) {
        headings.removeLast();
      }
      headings.add("FAQ");
    }
    if (Prompts.present(spec.title())) {
      title = spec.title().strip();
    } else if (!Prompts.present(title)) {
      title = spec.keyword();
    }
    return new Outline(title, slug, meta, List.copyOf(headings));
  }
}
