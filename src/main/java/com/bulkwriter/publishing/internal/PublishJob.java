package com.bulkwriter.publishing.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A request to publish articles to a site, and how far it is.
 *
 * @param statusReason why it is paused (the site refused the password, …), else {@code null}
 * @param counts its publications per state
 */
public record PublishJob(
    UUID id,
    String owner,
    UUID siteId,
    String siteName,
    PublishJobStatus status,
    String statusReason,
    PostOptions options,
    int total,
    Map<PublicationState, Integer> counts,
    Instant createdAt,
    Instant updatedAt,
    Instant finishedAt) {

  /** Its publications in {@code state}. */
  public int count(PublicationState state) {
    return counts.getOrDefault(state, 0);
  }

  /** Its publications that ended: published, failed, gone or cancelled. */
  public int done() {
    return count(PublicationState.PUBLISHED)
        + count(PublicationState.FAILED)
        + count(PublicationState.GONE)
        + count(PublicationState.CANCELLED);
  }
}
