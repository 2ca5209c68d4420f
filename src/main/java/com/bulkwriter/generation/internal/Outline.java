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

  /**
   * How many sections the outline is asked for: the prescribed headings (and a FAQ) of an outline
   * template, else a number by length.
   */
  static int planned(ArticleSpec spec) {
    if (spec.outline().isEmpty()) {
      return Prompts.sections(spec.wordCount());
    }
    boolean faqMissing =
        spec.includeFaq() && spec.outline().stream().noneMatch(h -> h.equalsIgnoreCase("FAQ"));
    return spec.outline().size() + (faqMissing ? 1 : 0);
  }

  /**
   * Reads the model's answer. With an outline template the prescribed headings win over the ones
   * the model wrote, so every article of the batch has exactly the template's sections; the answer
   * then only gives the title, slug and meta description.
   */
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
    if (!spec.outline().isEmpty()) {
      headings.clear();
      headings.addAll(spec.outline());
    }
    if (headings.size() < Math.min(MIN_SECTIONS, planned)) {
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
