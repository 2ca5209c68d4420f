package com.bulkwriter.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * What it takes to call one site: its address and the decrypted application password, only ever in
 * memory. {@link #toString()} leaves the password out, so a log line cannot carry it.
 *
 * @param pace the site's own request pace, else {@code null} ({@code
 *     bulkwriter.publishing.request-pace})
 */
record SiteAccess(UUID id, String url, String username, String password, Duration pace) {

  SiteAccess(UUID id, String url, String username, String password) {
    this(id, url, username, password, null);
  }

  /** The REST API's address for {@code route}, e.g. {@code wp/v2/posts}. */
  String rest(String route) {
    return url + "/wp-json/" + route;
  }

  String authorization() {
    // WordPress shows application passwords in groups of four with spaces; both forms work
    String credentials = username + ":" + password.replace(" ", "");
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "SiteAccess[id=" + id + ", url=" + url + ", username=" + username + "]";
  }
}
