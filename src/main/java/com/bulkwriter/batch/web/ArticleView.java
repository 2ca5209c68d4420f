package com.bulkwriter.batch.web;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.internal.Article;
import com.bulkwriter.generation.TokenUsage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * One article with its result, as the API shows it; {@code version} is its current version's number
 * (0 before it was first written), the ETag of a finished article; {@code targetWords} the length
 * it was asked for.
 *
 * @param missingPhrases the batch's required phrases (placeholders filled for the year it was
 *     written) that its text does not contain; empty when all are there, or before it is written
 */
record ArticleView(
    UUID id,
    UUID batchId,
    int position,
    String keyword,
    ArticleState status,
    int attempts,
    String lastError,
    String title,
    String slug,
    String metaDescription,
    String markdown,
    Integer wordCount,
    int targetWords,
    int version,
    TokenUsage usage,
    String provider,
    String model,
    boolean draft,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    Long durationMs,
    List<String> missingPhrases,
    Article.Review review) {

  static ArticleView of(Article article, EngineView engine) {
    Long duration =
        article.startedAt() != null && article.finishedAt() != null
            ? Duration.between(article.startedAt(), article.finishedAt()).toMillis()
            : null;
    return new ArticleView(
        article.id(),
        article.batchId(),
        article.position(),
        article.keyword(),
        article.status(),
        article.attempts(),
        article.lastError(),
        article.title(),
        article.slug(),
        article.metaDescription(),
        article.markdown(),
        article.wordCount(),
        article.spec().wordCount(),
        article.version(),
        article.usage(),
        article.spec().provider(),
        article.spec().model(),
        engine.draft(),
        article.createdAt(),
        article.startedAt(),
        article.finishedAt(),
        duration,
        missingPhrases(article),
        article.review());
  }

  private static List<String> missingPhrases(Article article) {
    if (article.markdown() == null || article.spec().requiredPhrases().isEmpty()) {
      return List.of();
    }
    Instant written = article.finishedAt() != null ? article.finishedAt() : article.createdAt();
    return article
        .spec()
        .forYear(written.atZone(ZoneOffset.UTC).getYear())
        .missingPhrasesIn(article.markdown());
  }
}
