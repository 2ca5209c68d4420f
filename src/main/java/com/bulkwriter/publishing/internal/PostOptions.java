package com.bulkwriter.publishing.internal;

import java.util.List;

/**
 * How a job's posts are made, stored with the job as JSON.
 *
 * @param status {@code draft}, {@code publish}, or {@code schedule} (WordPress's {@code future}
 *     with each post's slot as its date)
 * @param categories category names: existing ones are used, missing ones created
 * @param tags tag names, likewise
 * @param authorId the WordPress user id of the author, else the connected user
 * @param schedule the schedule as requested (for {@code schedule}), else {@code null}
 * @param timezone the site's timezone the schedule was planned in, else {@code null}
 */
public record PostOptions(
    String status,
    List<String> categories,
    List<String> tags,
    Long authorId,
    PublishRequest.Schedule schedule,
    String timezone) {

  /** The status WordPress gets. */
  String remoteStatus() {
    return switch (status) {
      case "schedule" -> "future";
      case "publish" -> "publish";
      default -> "draft";
    };
  }
}
