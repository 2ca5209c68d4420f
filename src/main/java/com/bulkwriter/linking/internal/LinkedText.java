package com.bulkwriter.linking.internal;

import com.bulkwriter.linking.LinkPlaceholders;
import java.util.Comparator;
import java.util.List;

/** Puts links into Markdown at their source positions, last first so earlier ones stay valid. */
final class LinkedText {

  private LinkedText() {}

  static String insert(String markdown, List<Anchor> anchors) {
    StringBuilder out = new StringBuilder(markdown);
    anchors.stream()
        .sorted(Comparator.comparingInt(Anchor::start).reversed())
        .forEach(a -> out.replace(a.start(), a.end(), LinkPlaceholders.link(a.text(), a.target())));
    return out.toString();
  }
}
