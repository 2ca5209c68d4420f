package com.bulkwriter.quality.internal;

import java.util.UUID;

/**
 * What the checks read of an article: its stored content and what it was written for.
 *
 * @param version the article's version this content is
 * @param wordCount words as stored with the content
 * @param targetWords the length asked for (the batch's, or the row's override)
 * @param language ISO 639-1 language it was written in (the batch's, or the row's override)
 * @param checked whether the article has stored checks that a new check replaces (delete, then
 *     store: checking again is idempotent)
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
    String language,
    boolean checked) {}
