package com.bulkwriter.publishing.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One article's publication to one site, as users see it.
 *
 * @param state where it stands: QUEUED, RUNNING, PUBLISHED, FAILED, GONE, CANCELLED
 * @param postId the WordPress post, once known
 * @param link the post's address as WordPress gave it
 * @param remoteStatus the post's status on the site: publish, future, draft, …
 * @param scheduledAt when a scheduled post goes live
 * @param error why it failed, was deleted, or is waiting
 */
public record ArticlePublication(
    UUID articleId,
    UUID siteId,
    String siteName,
    UUID jobId,
    PublicationState state,
    Long postId,
    String link,
    String remoteStatus,
    Instant scheduledAt,
    String error,
    Instant publishedAt,
    Instant updatedAt) {}
