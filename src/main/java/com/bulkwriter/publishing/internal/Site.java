package com.bulkwriter.publishing.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A connected WordPress site. {@code secret} is the application password as stored: encrypted
 * ({@link com.bulkwriter.support.secrets.SecretBox}); it never leaves the server.
 *
 * @param requestPaceMs least milliseconds between two requests to the site, else {@code null}
 *     ({@code bulkwriter.publishing.request-pace})
 * @param defaults what the Publish dialog starts from for this site, else {@code null}
 * @param timezone the site's timezone as its last connection test read it, else {@code null}
 * @param lastCheck the last connection test, else {@code null}
 */
public record Site(
    UUID id,
    String owner,
    String name,
    String url,
    String username,
    String secret,
    Integer requestPaceMs,
    SiteDefaults defaults,
    String timezone,
    ConnectionCheck lastCheck,
    Instant createdAt,
    Instant updatedAt) {

  @Override
  public String toString() {
    return "Site[id=" + id + ", owner=" + owner + ", url=" + url + "]";
  }
}
