package com.bulkwriter.publishing.web;

import com.bulkwriter.publishing.internal.ConnectionCheck;
import com.bulkwriter.publishing.internal.Site;
import com.bulkwriter.publishing.internal.SiteDefaults;
import java.time.Instant;
import java.util.UUID;

/**
 * A connected site as the API shows it: never its application password.
 *
 * @param requestPaceMs least milliseconds between two requests to it, or {@code null}: the server's
 *     {@code bulkwriter.publishing.request-pace}
 * @param defaults what the Publish dialog starts from for it, or {@code null}
 * @param timezone the site's timezone as the last connection test read it
 * @param lastCheck the last connection test, or {@code null} before the first
 */
record SiteView(
    UUID id,
    String owner,
    String name,
    String url,
    String username,
    Integer requestPaceMs,
    SiteDefaults defaults,
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
        site.requestPaceMs(),
        site.defaults(),
        site.timezone(),
        site.lastCheck(),
        site.createdAt(),
        site.updatedAt());
  }
}
