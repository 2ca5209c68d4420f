package com.bulkwriter.publishing.internal;

import java.util.List;
import java.util.UUID;

/**
 * What to publish where and how. The selection is a batch ({@code batchId}: its written articles),
 * or chosen articles ({@code articleIds}), or the batch's articles matching the batch page's filter
 * ({@code batchId} and {@code filter}), narrowed to approved articles with {@code approvedOnly}.
 *
 * @param status {@code draft} (default), {@code publish}, or {@code schedule}
 * @param schedule required for {@code schedule}
 * @param categories category names (existing or created), at most 20
 * @param tags tag names (existing or created), at most 20
 * @param authorId WordPress user id of the author; the connected user when absent
 * @param recreateDeleted create a new post for an article whose post was deleted on the site
 *     (otherwise such articles are reported as GONE and left alone)
 */
public record PublishRequest(
    UUID siteId,
    UUID batchId,
    List<UUID> articleIds,
    Boolean approvedOnly,
    String status,
    Schedule schedule,
    List<String> categories,
    List<String> tags,
    Long authorId,
    Boolean recreateDeleted,
    PublishFilter filter) {

  /**
   * Posts a day in a daily window, in the site's timezone.
   *
   * @param start the first moment a post may go live, local to the site, e.g. {@code
   *     2026-12-07T09:00}
   * @param perDay posts a day, 1 to 1,000
   * @param windowStart the daily window's start, e.g. {@code 09:00}
   * @param windowEnd the daily window's end, e.g. {@code 17:00}
   */
  public record Schedule(String start, Integer perDay, String windowStart, String windowEnd) {}
}
