package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.ReviewState;
import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.TokenUsage;
import java.time.Instant;
import java.util.UUID;

/**
 * One article with its result and timings, the specification it is written from, and its review
 * (state, the reviewer's note, who decided and when); {@code version} is the number of its current
 * version (0 before it was first written).
 */
public record Article(
    UUID id,
    UUID batchId,
    int position,
    String keyword,
    ArticleSpec spec,
    ArticleState status,
    int attempts,
    String lastError,
    String title,
    String slug,
    String metaDescription,
    String markdown,
    Integer wordCount,
    int version,
    TokenUsage usage,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    Review review) {

  /** A reviewer's decision on an article; UNREVIEWED has no note, reviewer or time. */
  public record Review(ReviewState state, String note, String by, Instant at) {

    public static final Review NONE = new Review(ReviewState.UNREVIEWED, null, null, null);
  }
}
