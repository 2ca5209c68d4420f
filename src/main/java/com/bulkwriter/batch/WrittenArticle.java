package com.bulkwriter.batch;

import com.bulkwriter.generation.TokenUsage;
import java.time.Instant;
import java.util.UUID;

/**
 * An article as other modules read it (to export or publish it, for example): its result, the
 * language it was written in and its review. Only a SUCCEEDED article has a result; the others have
 * no title, slug, Markdown or word count.
 *
 * @param position 1-based row of the submission
 * @param language ISO 639-1 language of the article (batch setting or the row's override)
 * @param markdown the article body as stored, Markdown
 * @param usage tokens and cost the provider billed for it (zero for the offline engine)
 * @param review where its review stands; {@code reviewNote} is a rejection's note
 */
public record WrittenArticle(
    UUID id,
    UUID batchId,
    int position,
    String keyword,
    ArticleState status,
    String title,
    String slug,
    String metaDescription,
    String markdown,
    Integer wordCount,
    String language,
    TokenUsage usage,
    Instant createdAt,
    Instant finishedAt,
    ReviewState review,
    String reviewNote) {

  /**
   * Why the article is left out of something limited to approved articles (an export with {@code
   * approvedOnly}, publishing), as a manifest's note says it; {@code null} when it is approved.
   */
  public String notApprovedReason() {
    return switch (review) {
      case APPROVED -> null;
      case UNREVIEWED -> "left out: not approved (unreviewed)";
      case REJECTED ->
          reviewNote == null || reviewNote.isBlank()
              ? "left out: rejected"
              : "left out: rejected (" + reviewNote + ")";
    };
  }
}
