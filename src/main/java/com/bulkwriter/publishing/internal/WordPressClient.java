package com.bulkwriter.publishing.internal;

import com.bulkwriter.publishing.internal.WordPressFailure.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WordPress REST API ({@code /wp-json/wp/v2}) as publishing needs it, with application-password
 * authentication. Every request waits for the site's pace ({@link SitePace}) and every failure is
 * sorted into a {@link WordPressFailure}. Certificates are checked as the JVM checks them.
 */
@Component
class WordPressClient {

  /** The statuses a lookup searches: everything a user still has, not the trash. */
  private static final String LIVE_STATUSES = "publish,future,draft,pending,private";

  private final HttpClient http;
  private final JsonMapper json;
  private final SitePace pace;
  private final Duration timeout;

  WordPressClient(PublishingProperties properties, JsonMapper json, SitePace pace) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(properties.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.json = json;
    this.pace = pace;
    this.timeout = properties.requestTimeout();
  }

  /** A post as the site knows it. */
  record RemotePost(long id, String link, String status, String content) {}

  /** The REST API's root, without credentials: name, timezone, namespaces. */
  JsonNode index(SiteAccess site) {
    return send(site, HttpRequest.newBuilder(URI.create(site.rest(""))).GET(), false);
  }

  /** The authenticated user with their capabilities. */
  JsonNode me(SiteAccess site) {
    return get(site, "wp/v2/users/me?context=edit");
  }

  RemotePost create(SiteAccess site, Map<String, Object> fields) {
    return post(send(site, json(URI.create(site.rest("wp/v2/posts")), fields), true));
  }

  RemotePost update(SiteAccess site, long id, Map<String, Object> fields) {
    return post(send(site, json(URI.create(site.rest("wp/v2/posts/" + id)), fields), true));
  }

  /** The post with this id, or empty when the site has none (deleted for good). */
  Optional<RemotePost> find(SiteAccess site, long id) {
    try {
      return Optional.of(post(get(site, "wp/v2/posts/" + id + "?context=edit")));
    } catch (WordPressFailure e) {
      if (e.kind() == Kind.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * The oldest post (drafts and scheduled ones included) whose content holds {@code marker}, or
   * empty. WordPress's search looks through titles, excerpts and contents; the raw content confirms
   * the match.
   */
  Optional<RemotePost> findByMarker(SiteAccess site, String marker) {
    JsonNode found =
        get(
            site,
            "wp/v2/posts?context=edit&orderby=id&order=asc&per_page=20&status="
                + LIVE_STATUSES
                + "&search="
                + encode(marker));
    for (JsonNode post : found) {
      if (post.path("content").path("raw").asString("").contains(marker)) {
        return Optional.of(post(post));
      }
    }
    return Optional.empty();
  }

  /**
   * The id of the term called {@code name} in {@code taxonomy} ({@code categories} or {@code
   * tags}), created when the site has none.
   */
  long term(SiteAccess site, String taxonomy, String name) {
    JsonNode found =
        get(site, "wp/v2/" + taxonomy + "?per_page=100&context=view&search=" + encode(name));
    for (JsonNode term : found) {
      if (Entities.decode(term.path("name").asString("")).equalsIgnoreCase(name.strip())) {
        return term.path("id").asLong();
      }
    }
    try {
      JsonNode created =
          send(site, json(URI.create(site.rest("wp/v2/" + taxonomy)), Map.of("name", name)), true);
      return created.path("id").asLong();
    } catch (TermExists exists) {
      return exists.termId;
    }
  }

  /** Up to 100 terms of {@code taxonomy}, most used first, for the user to pick from. */
  JsonNode terms(SiteAccess site, String taxonomy) {
    return get(site, "wp/v2/" + taxonomy + "?per_page=100&orderby=count&order=desc");
  }

  /** Users who may write posts, for the author picker. */
  JsonNode authors(SiteAccess site) {
    return get(site, "wp/v2/users?per_page=100&who=authors");
  }

  private JsonNode get(SiteAccess site, String route) {
    return send(site, HttpRequest.newBuilder(URI.create(site.rest(route))).GET(), true);
  }

  private HttpRequest.Builder json(URI uri, Map<String, Object> fields) {
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(fields)));
  }

  private static RemotePost post(JsonNode post) {
    return new RemotePost(
        post.path("id").asLong(),
        post.path("link").asString(null),
        post.path("status").asString(null),
        post.path("content").path("raw").asString(null));
  }

  private JsonNode send(SiteAccess site, HttpRequest.Builder request, boolean authenticated) {
    request.timeout(timeout).header("Accept", "application/json");
    if (authenticated) {
      request.header("Authorization", site.authorization());
    }
    HttpResponse<String> response;
    try {
      pace.await(site.id(), site.pace());
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WordPressFailure(Kind.RETRYABLE, "interrupted (the node is stopping)");
    } catch (SSLException e) {
      throw new WordPressFailure(
          Kind.CERTIFICATE,
          "The site's TLS certificate was refused (%s); fix the certificate or use its valid address"
              .formatted(e.getMessage()));
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new WordPressFailure(Kind.RETRYABLE, "The site could not be reached (" + what(e) + ")");
    } catch (HttpTimeoutException e) {
      throw new WordPressFailure(Kind.RETRYABLE, "The site did not answer within " + timeout);
    } catch (IOException e) {
      if (e.getCause() instanceof SSLException ssl) {
        throw new WordPressFailure(
            Kind.CERTIFICATE, "The site's TLS certificate was refused (" + ssl.getMessage() + ")");
      }
      throw new WordPressFailure(Kind.RETRYABLE, "The connection failed (" + what(e) + ")");
    }
    return answer(site, response);
  }

  private JsonNode answer(SiteAccess site, HttpResponse<String> response) {
    int status = response.statusCode();
    JsonNode body = parse(response.body());
    String code = body == null ? "" : body.path("code").asString("");
    String message = body == null ? "" : Entities.decode(body.path("message").asString(""));
    if (status >= 200 && status < 300) {
      if (body == null) {
        throw new WordPressFailure(
            Kind.RETRYABLE, "The site answered " + status + " with something other than JSON");
      }
      return body;
    }
    String said = message.isEmpty() ? "" : ": " + message;
    switch (status) {
      case 401 ->
          throw new WordPressFailure(
              Kind.AUTHENTICATION,
              "WordPress refused the username or application password (401" + said + ")");
      case 403 ->
          throw new WordPressFailure(
              Kind.CAPABILITY,
              "WordPress user lacks a capability publishing needs (403" + said + ")");
      case 404, 410 -> {
        if (code.equals("rest_post_invalid_id") || status == 410) {
          throw new WordPressFailure(Kind.NOT_FOUND, "The post does not exist on the site");
        }
        throw new WordPressFailure(
            Kind.NO_REST_API,
            "The site's REST API did not answer at "
                + site.url()
                + "/wp-json/ (404); it is"
                + " switched off or the address is wrong");
      }
      case 429, 503 -> {
        Duration wait = retryAfter(response);
        if (status == 429 || wait != null) {
          throw new WordPressFailure(
              Kind.RATE_LIMITED,
              "The site asked us to slow down (" + status + ")",
              wait == null ? Duration.ofSeconds(60) : wait);
        }
        throw new WordPressFailure(Kind.RETRYABLE, "The site is unavailable (503" + said + ")");
      }
      default -> {
        if (status == 400 && code.equals("term_exists")) {
          throw new TermExists(body.path("data").path("term_id").asLong());
        }
        if (status >= 500) {
          throw new WordPressFailure(Kind.RETRYABLE, "The site failed (" + status + said + ")");
        }
        throw new WordPressFailure(
            Kind.PERMANENT, "WordPress refused the request (" + status + said + ")");
      }
    }
  }

  private JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? null : json.readTree(body);
    } catch (JacksonException notJson) {
      return null;
    }
  }

  /** {@code Retry-After} in seconds or as an HTTP date; {@code null} when absent or unreadable. */
  static Duration retryAfter(HttpResponse<?> response) {
    String value = response.headers().firstValue("Retry-After").orElse(null);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
  }

  private static String what(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** WordPress answered that the term exists, and which one it is. */
  private static final class TermExists extends RuntimeException {
    final long termId;

    TermExists(long termId) {
      super("term exists", null, false, false);
      this.termId = termId;
    }
  }
}
