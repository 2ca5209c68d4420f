package com.bulkwriter.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * What it takes to call one site: its address and the decrypted application password, only ever in
 * memory. {@link #toString()} leaves the password out, so a log line cannot carry it.
 */
record SiteAccess(UUID id, String url, String username, String password) {

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
