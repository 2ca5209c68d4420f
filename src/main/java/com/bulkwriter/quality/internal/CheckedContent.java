package com.bulkwriter.quality.internal;

import java.util.UUID;

/**
 * What the checks read of an article: its stored content and what it was written for.
 *
 * @param version the article's version this content is
 * @param wordCount words as stored with the content
 * @param targetWords the length asked for (the batch's, or the row's override)
 * @param language ISO 639-1 language it was written in (the batch's, or the row's override)
 */
record CheckedContent(
    UUID articleId,
    UUID batchId,
    int version,
    String keyword,
    String title,
    String slug,
    String metaDescription,
    String markdown,
    int wordCount,
    int targetWords,
    String language) {

  /** The article's first content: nothing of an earlier check to replace. */
  boolean isFirstVersion() {
    return version == 1;
  }
}
