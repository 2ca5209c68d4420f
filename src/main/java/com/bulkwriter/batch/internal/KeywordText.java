package com.bulkwriter.batch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The searchable text of a batch's keywords ({@code batch_keywords}): lower-cased, one per line,
 * cut into parts of at most {@link #PART_LENGTH} characters without splitting a keyword. A search
 * term becomes a {@code LIKE} pattern over that text: a term without a line break can only match
 * inside one keyword.
 */
final class KeywordText {

  /**
   * Characters per stored part (the column holds 10,000, a keyword at most 200): short enough that
   * PostgreSQL keeps a part in the row, uncompressed (TOAST starts near 2 KB), so a search that
   * matches most batches reads plain rows instead of decompressing every batch's keywords.
   */
  static final int PART_LENGTH = 1_800;

  private KeywordText() {}

  /** The parts to store for these keywords, in order. */
  static List<String> parts(Iterable<String> keywords) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (String keyword : keywords) {
      String line = normalize(keyword);
      if (part.length() > 0 && part.length() + 1 + line.length() > PART_LENGTH) {
        parts.add(part.toString());
        part.setLength(0);
      }
      if (part.length() > 0) {
        part.append('\n');
      }
      part.append(line);
    }
    if (part.length() > 0) {
      parts.add(part.toString());
    }
    return parts;
  }

  /**
   * A case-insensitive substring pattern for {@code LIKE … ESCAPE '\'}: the term lower-cased the
   * same way as the stored text, its wildcards taken literally.
   */
  static String pattern(String term) {
    String lower = normalize(term);
    StringBuilder pattern = new StringBuilder(lower.length() + 2).append('%');
    for (char c : lower.toCharArray()) {
      if (c == '%' || c == '_' || c == '\\') {
        pattern.append('\\');
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }

  private static String normalize(String text) {
    return text.strip().replace('\n', ' ').replace('\r', ' ').toLowerCase(Locale.ROOT);
  }
}
