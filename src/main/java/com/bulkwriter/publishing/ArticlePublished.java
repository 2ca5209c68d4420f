package com.bulkwriter.publishing;

import java.time.Instant;
import java.util.UUID;

/**
 * An article's post was created or updated on a WordPress site. Published after the post id is
 * stored, on the publishing worker's thread; for webhooks ({@code article.published}) and anyone
 * else who wants to know.
 *
 * @param postId the WordPress post id
 * @param link the post's address as WordPress gave it (a preview address for drafts)
 * @param status the post's status on the site: {@code publish}, {@code future}, {@code draft}, ...
 * @param created whether this publication created the post (else it updated the same post)
 */
public record ArticlePublished(
    UUID articleId,
    UUID batchId,
    String owner,
    UUID siteId,
    long postId,
    String link,
    String status,
    boolean created,
    Instant at) {}
