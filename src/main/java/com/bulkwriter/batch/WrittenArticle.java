package com.bulkwriter.batch;

import com.bulkwriter.generation.TokenUsage;
import java.time.Instant;
import java.util.UUID;

/**
 * An article as other modules read it (to export it, for example): its result and the language it
 * was written in. Only a SUCCEEDED article has a result; the others have no title, slug, Markdown
 * or word count.
 *
 * @param position 1-based row of the submission
 * @param language ISO 639-1 language of the article (batch setting or the row's override)
 * @param markdown the article body as stored, Markdown
 * @param usage tokens and cost the provider billed for it (zero for the offline engine)
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
    Instant finishedAt) {}
