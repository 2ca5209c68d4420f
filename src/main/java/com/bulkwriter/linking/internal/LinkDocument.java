package com.bulkwriter.linking.internal;

import java.util.List;
import java.util.UUID;

/**
 * An article as linking sees it.
 *
 * @param position its row in its batch
 * @param version the version links are planned on: they are stored only if it is still current
 * @param source whether it belongs to the batch being linked (it gets links); an earlier batch's
 *     article is only a target
 */
record LinkDocument(
    UUID id,
    UUID batchId,
    int position,
    int version,
    String keyword,
    String title,
    ArticleText text,
    boolean source) {

  /** What it is about, for the index: title, keyword and headings. */
  String topic() {
    return String.join("\n", title == null ? "" : title, keyword, String.join("\n", headings()));
  }

  List<String> headings() {
    return text.headings();
  }

  /** The phrases another article may link to it on, best first. */
  List<String> anchorPhrases() {
    return AnchorPhrases.of(keyword, title, headings());
  }
}
