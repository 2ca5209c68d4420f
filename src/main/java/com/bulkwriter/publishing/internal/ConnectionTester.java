package com.bulkwriter.publishing.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * "Test connection": the REST API answers, the application password is accepted, and the user has
 * the capabilities publishing needs. Also reads the site's timezone for schedules.
 */
@Component
class ConnectionTester {

  private final WordPressClient client;
  private final Clock clock;

  ConnectionTester(WordPressClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  ConnectionCheck check(SiteAccess site) {
    List<String> problems = new ArrayList<>();
    boolean rest = false;
    boolean authenticated = false;
    boolean publish = false;
    boolean terms = false;
    boolean media = false;
    String name = null;
    String timezone = null;
    try {
      JsonNode index = client.index(site);
      rest = hasPostsApi(index);
      if (!rest) {
        problems.add("The site's REST API does not offer wp/v2 (posts); is this a WordPress site?");
      }
      name = index.path("name").asString(null);
      timezone = timezone(index);
    } catch (WordPressFailure e) {
      problems.add(e.getMessage());
    }
    if (rest) {
      try {
        JsonNode capabilities = client.me(site).path("capabilities");
        authenticated = true;
        publish = capabilities.path("publish_posts").asBoolean(false);
        terms = capabilities.path("manage_categories").asBoolean(false);
        media = capabilities.path("upload_files").asBoolean(false);
        if (!publish) {
          problems.add(
              "The user may not publish posts (publish_posts): give them the Author,"
                  + " Editor or Administrator role");
        }
        if (!terms) {
          problems.add(
              "The user may not create categories and tags (manage_categories): give"
                  + " them the Editor or Administrator role, or pick existing terms only");
        }
        if (!media) {
          problems.add("The user may not upload media (upload_files)");
        }
      } catch (WordPressFailure e) {
        problems.add(e.getMessage());
      }
    }
    boolean ok = rest && authenticated && publish && terms && media;
    return new ConnectionCheck(
        ok,
        rest,
        authenticated,
        publish,
        terms,
        media,
        name,
        timezone,
        List.copyOf(problems),
        clock.instant());
  }

  private static boolean hasPostsApi(JsonNode index) {
    for (JsonNode namespace : index.path("namespaces")) {
      if ("wp/v2".equals(namespace.asString(""))) {
        return true;
      }
    }
    return false;
  }

  /** The site's timezone: its region when set, else its fixed offset from UTC. */
  static String timezone(JsonNode index) {
    String region = index.path("timezone_string").asString("");
    if (!region.isBlank()) {
      return region;
    }
    JsonNode offset = index.path("gmt_offset");
    if (offset.isMissingNode() || offset.isNull()) {
      return null;
    }
    double hours = offset.isNumber() ? offset.asDouble() : Double.parseDouble(offset.asString("0"));
    return ZoneOffset.ofTotalSeconds((int) Math.round(hours * 3600)).getId();
  }
}
