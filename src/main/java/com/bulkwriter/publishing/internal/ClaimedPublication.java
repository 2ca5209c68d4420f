package com.bulkwriter.publishing.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A publication a worker holds: {@code token} fences every write it makes.
 *
 * @param uncertain an earlier attempt may have created the post (a create was sent and no id came
 *     back): look it up before creating
 * @param postId the site's post, once known
 * @param scheduledAt when the post goes live, for scheduled jobs
 */
record ClaimedPublication(
    UUID id,
    UUID token,
    UUID siteId,
    UUID articleId,
    UUID batchId,
    String owner,
    UUID jobId,
    int attempts,
    boolean uncertain,
    Long postId,
    Instant scheduledAt,
    PostOptions options) {

  /** The marker in the post's content that ties it to this article, found by a lookup. */
  String marker() {
    return marker(articleId);
  }

  static String marker(UUID articleId) {
    return "bulkwriter-article-" + articleId;
  }
}
