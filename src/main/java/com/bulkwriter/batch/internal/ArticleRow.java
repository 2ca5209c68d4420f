package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.ArticleState;
import java.util.UUID;

/** An article as listed in its batch: no body. */
public record ArticleRow(
    UUID id,
    int position,
    String keyword,
    ArticleState status,
    int attempts,
    String lastError,
    String title,
    Integer wordCount) {}
