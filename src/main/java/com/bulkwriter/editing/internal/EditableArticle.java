package com.bulkwriter.editing.internal;

import com.bulkwriter.batch.ArticleState;
import java.util.UUID;

/** An article as its editor sees it: its state, current version and content. */
record EditableArticle(
    UUID id,
    UUID batchId,
    ArticleState status,
    int attempts,
    int version,
    String title,
    String slug,
    String metaDescription,
    String markdown,
    Integer wordCount) {}
