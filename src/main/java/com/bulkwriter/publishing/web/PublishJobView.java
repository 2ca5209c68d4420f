package com.bulkwriter.publishing.web;

import com.bulkwriter.publishing.internal.PostOptions;
import com.bulkwriter.publishing.internal.PublicationState;
import com.bulkwriter.publishing.internal.PublishJob;
import java.time.Instant;
import java.util.UUID;

/**
 * A publish job as the API shows it.
 *
 * @param status RUNNING, PAUSED, COMPLETED or CANCELLED
 * @param statusReason why it is paused (wrong password, missing capability, REST API off, bad
 *     certificate, or the user), else {@code null}
 * @param done publications that ended (published, failed, gone or cancelled)
 */
record PublishJobView(
    UUID id,
    String owner,
    UUID siteId,
    String siteName,
    String status,
    String statusReason,
    PostOptions options,
    int total,
    int queued,
    int running,
    int published,
    int failed,
    int gone,
    int cancelled,
    int done,
    Instant createdAt,
    Instant updatedAt,
    Instant finishedAt) {

  static PublishJobView of(PublishJob job) {
    return new PublishJobView(
        job.id(),
        job.owner(),
        job.siteId(),
        job.siteName(),
        job.status().name(),
        job.statusReason(),
        job.options(),
        job.total(),
        job.count(PublicationState.QUEUED),
        job.count(PublicationState.RUNNING),
        job.count(PublicationState.PUBLISHED),
        job.count(PublicationState.FAILED),
        job.count(PublicationState.GONE),
        job.count(PublicationState.CANCELLED),
        job.done(),
        job.createdAt(),
        job.updatedAt(),
        job.finishedAt());
  }
}
