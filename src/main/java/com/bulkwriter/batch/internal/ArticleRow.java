package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.ReviewState;
import java.util.UUID;

/** An article as listed in its batch: no body; its review state and the reviewer's note. */
public record ArticleRow(
    UUID id,
    int position,
    String keyword,
    ArticleState status,
    int attempts,
    String lastError,
    String title,
    Integer wordCount,
    ReviewState reviewState,
    String reviewNote) {}
