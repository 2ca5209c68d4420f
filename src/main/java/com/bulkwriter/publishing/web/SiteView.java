package com.bulkwriter.publishing.web;

import com.bulkwriter.publishing.internal.ConnectionCheck;
import com.bulkwriter.publishing.internal.Site;
import java.time.Instant;
import java.util.UUID;

/**
 * A connected site as the API shows it: never its application password.
 *
 * @param timezone the site's timezone as the last connection test read it
 * @param lastCheck the last connection test, or {@code null} before the first
 */
record SiteView(
    UUID id,
    String owner,
    String name,
    String url,
    String username,
    String timezone,
    ConnectionCheck lastCheck,
    Instant createdAt,
    Instant updatedAt) {

  static SiteView of(Site site) {
    return new SiteView(
        site.id(),
        site.owner(),
        site.name(),
        site.url(),
        site.username(),
        site.timezone(),
        site.lastCheck(),
        site.createdAt(),
        site.updatedAt());
  }
}
