package com.bulkwriter.publishing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A publish job moved on: it was started, paused, resumed, cancelled or completed, one of its
 * publications was claimed or ended (published, failed, gone, or put back for a retry). Published
 * after the change is stored; the progress module pushes it to the job's owner.
 *
 * @param status RUNNING, PAUSED, COMPLETED or CANCELLED, as the API's {@code status}
 * @param statusReason why it is paused, else {@code null}
 * @param done publications that ended (published, failed, gone or cancelled)
 * @param at when the change was announced
 */
public record PublishJobChanged(
    UUID id,
    String owner,
    UUID siteId,
    String siteName,
    String status,
    @Nullable String statusReason,
    int total,
    int queued,
    int running,
    int published,
    int failed,
    int gone,
    int cancelled,
    int done,
    Instant at) {}
