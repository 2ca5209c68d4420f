package com.bulkwriter.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api} endpoint against four callers: anonymous → 401, another user → 404 (403 for
 * admin-only routes), the owner → allowed, an admin → allowed. A new endpoint fails {@link
 * #everyApiEndpointIsInTheMatrix} until it is added here.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bulkwriter.offline.delay=0",
      "bulkwriter.queue.poll-interval=50ms",
      "bulkwriter.queue.completion-interval=100ms"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

  /** Who may use an endpoint. */
  enum Access {
    /** any signed-in user, for their own things (another user's id is a 404) */
    OWNED,
    /** any signed-in user; answers are about the caller */
    SIGNED_IN,
    /** the ADMIN role only (a USER gets 403) */
    ADMIN,
    /** the caller's own things only: another user and an admin alike get 404 */
    PERSONAL,
    /**
     * a body that names the caller's things: another user's id is refused with 400 naming the field
     * (as an unknown id would be), and nothing is created
     */
    NAMES_OWNED
  }

  record Endpoint(String method, String pattern, Access access, String body) {
    String key() {
      return method + " " + pattern;
    }
  }

  static final String BATCH_JSON =
      """
      {"name": "Alice's batch", "items": ["first keyword", "second keyword"]}""";

  static final String WEBHOOK_JSON =
      """
      {"url": "https://203.0.113.10/hook", "eventTypes": ["batch.completed"]}""";

  /** A site nobody listens at: connecting it needs no WordPress, and its jobs just retry. */
  static final String SITE_JSON =
      """
      {"url": "http://127.0.0.1:9", "username": "editor", "applicationPassword": "abcd efgh"}""";

  static final List<Endpoint> MATRIX =
      List.of(
          new Endpoint("POST", "/api/articles/bulk", Access.SIGNED_IN, BATCH_JSON),
          new Endpoint("GET", "/api/articles/queue", Access.SIGNED_IN, null),
          new Endpoint("GET", "/api/articles/queue/{id}", Access.OWNED, null),
          new Endpoint("POST", "/api/articles/queue/{id}/pause", Access.OWNED, null),
          new Endpoint("POST", "/api/articles/queue/{id}/resume", Access.OWNED, null),
          new Endpoint("POST", "/api/articles/queue/{id}/cancel", Access.OWNED, null),
          new Endpoint("POST", "/api/articles/queue/{id}/retry-failed", Access.OWNED, null),
          // renamed to its own name, so that the checks below still find it
          new Endpoint(
              "PATCH", "/api/articles/queue/{id}", Access.OWNED, "{\"name\": \"Alice's batch\"}"),
          new Endpoint("POST", "/api/articles/queue/{id}/archive", Access.OWNED, null),
          new Endpoint("POST", "/api/articles/queue/{id}/unarchive", Access.OWNED, null),
          new Endpoint("GET", "/api/articles/queue/{id}/submission", Access.OWNED, null),
          new Endpoint("GET", "/api/articles/queue/{id}/economy", Access.OWNED, null),
          new Endpoint("POST", "/api/articles/queue/{id}/finish-realtime", Access.OWNED, null),
          new Endpoint("GET", "/api/articles/queue/deletions", Access.SIGNED_IN, null),
          new Endpoint("GET", "/api/articles/queue/{id}/events", Access.OWNED, null),
          new Endpoint("GET", "/api/articles/queue/{id}/links", Access.OWNED, null),
          new Endpoint("POST", "/api/articles/queue/{id}/links", Access.OWNED, null),
          new Endpoint(
              "PUT", "/api/articles/queue/{id}/links/settings", Access.OWNED, "{\"maxLinks\": 3}"),
          new Endpoint("GET", "/api/articles/{articleId}", Access.OWNED, null),
          new Endpoint("POST", "/api/articles/{articleId}/regenerate", Access.OWNED, null),
          new Endpoint(
              "POST",
              "/api/articles/{articleId}/review",
              Access.OWNED,
              "{\"state\": \"APPROVED\"}"),
          new Endpoint(
              "POST",
              "/api/articles/queue/{id}/actions",
              Access.OWNED,
              "{\"action\": \"APPROVE\", \"filter\": {}}"),
          new Endpoint("GET", "/api/articles/queue/{id}/actions", Access.OWNED, null),
          new Endpoint("GET", "/api/articles/queue/{id}/quality", Access.OWNED, null),
          new Endpoint("GET", "/api/articles/queue/{id}/quality/articles", Access.OWNED, null),
          new Endpoint("GET", "/api/articles/{articleId}/quality", Access.OWNED, null),
          // without If-Match: the owner gets 428, which still shows they were let through
          new Endpoint(
              "PUT",
              "/api/articles/{articleId}",
              Access.OWNED,
              "{\"title\": \"T\", \"slug\": \"t\", \"markdown\": \"Body\"}"),
          new Endpoint("GET", "/api/articles/{articleId}/versions", Access.OWNED, null),
          new Endpoint("GET", "/api/articles/{articleId}/versions/{version}", Access.OWNED, null),
          new Endpoint("GET", "/api/articles/{articleId}/diff", Access.OWNED, null),
          new Endpoint(
              "POST", "/api/articles/{articleId}/versions/{version}/restore", Access.OWNED, null),
          new Endpoint("POST", "/api/articles/bulk/estimate", Access.SIGNED_IN, BATCH_JSON),
          new Endpoint("GET", "/api/providers", Access.SIGNED_IN, null),
          new Endpoint(
              "POST",
              "/api/exports",
              Access.NAMES_OWNED,
              "{\"batchIds\": [\"{id}\"], \"formats\": [\"txt\"]}"),
          new Endpoint("GET", "/api/exports", Access.SIGNED_IN, null),
          new Endpoint("GET", "/api/exports/{id}", Access.OWNED, null),
          new Endpoint("GET", "/api/exports/{id}/download", Access.OWNED, null),
          new Endpoint("DELETE", "/api/exports/{id}", Access.OWNED, null),
          new Endpoint("GET", "/api/webhooks", Access.SIGNED_IN, null),
          new Endpoint("POST", "/api/webhooks", Access.SIGNED_IN, WEBHOOK_JSON),
          new Endpoint("GET", "/api/webhooks/event-types", Access.SIGNED_IN, null),
          new Endpoint("GET", "/api/webhooks/{id}", Access.OWNED, null),
          new Endpoint("PUT", "/api/webhooks/{id}", Access.OWNED, WEBHOOK_JSON),
          new Endpoint("POST", "/api/webhooks/{id}/test", Access.OWNED, null),
          new Endpoint("GET", "/api/webhooks/{id}/deliveries", Access.OWNED, null),
          new Endpoint("POST", "/api/webhooks/{id}/rotate-secret", Access.OWNED, null),
          new Endpoint("DELETE", "/api/webhooks/{id}", Access.OWNED, null),
          new Endpoint("GET", "/api/templates", Access.SIGNED_IN, null),
          new Endpoint("POST", "/api/templates", Access.SIGNED_IN, "{\"name\": \"matrix %s\"}"),
          new Endpoint("GET", "/api/templates/{id}", Access.OWNED, null),
          new Endpoint("PUT", "/api/templates/{id}", Access.OWNED, "{\"name\": \"renamed %s\"}"),
          new Endpoint("DELETE", "/api/templates/{id}", Access.OWNED, null),
          new Endpoint("POST", "/api/sites", Access.SIGNED_IN, SITE_JSON),
          new Endpoint("GET", "/api/sites", Access.SIGNED_IN, null),
          new Endpoint("GET", "/api/sites/{id}", Access.OWNED, null),
          new Endpoint("PUT", "/api/sites/{id}", Access.OWNED, SITE_JSON),
          new Endpoint("POST", "/api/sites/{id}/test", Access.OWNED, null),
          new Endpoint("GET", "/api/sites/{id}/choices", Access.OWNED, null),
          new Endpoint(
              "POST",
              "/api/publish-jobs",
              Access.NAMES_OWNED,
              "{\"siteId\": \"{site}\", \"batchId\": \"{id}\"}"),
          new Endpoint("GET", "/api/publish-jobs", Access.SIGNED_IN, null),
          new Endpoint("GET", "/api/publish-jobs/{id}", Access.OWNED, null),
          new Endpoint("POST", "/api/publish-jobs/{id}/pause", Access.OWNED, null),
          new Endpoint("POST", "/api/publish-jobs/{id}/resume", Access.OWNED, null),
          new Endpoint("POST", "/api/publish-jobs/{id}/cancel", Access.OWNED, null),
          new Endpoint("GET", "/api/publications/batches/{id}", Access.OWNED, null),
          // last of the site's routes: the site is gone (or refused with 409) afterwards
          new Endpoint("DELETE", "/api/sites/{id}", Access.OWNED, null),
          new Endpoint("GET", "/api/auth/me", Access.SIGNED_IN, null),
          new Endpoint("GET", "/api/auth/tokens", Access.SIGNED_IN, null),
          new Endpoint("POST", "/api/auth/tokens", Access.SIGNED_IN, "{\"name\": \"matrix\"}"),
          new Endpoint("DELETE", "/api/auth/tokens/{id}", Access.PERSONAL, null),
          // the caller's own password, "changed" to itself: the admin's is another, so a 400
          new Endpoint(
              "POST",
              "/api/auth/password",
              Access.SIGNED_IN,
              "{\"currentPassword\": \"%1$s\", \"newPassword\": \"%1$s\"}"
                  .formatted(Api.USER_PASSWORD)),
          new Endpoint("GET", "/api/users", Access.ADMIN, null),
          new Endpoint(
              "POST",
              "/api/users",
              Access.ADMIN,
              "{\"username\": \"new-%s\", \"password\": \"a long password\", \"role\": \"USER\"}"),
          new Endpoint("GET", "/api/users/{username}", Access.ADMIN, null),
          new Endpoint("GET", "/api/users/{username}/tokens", Access.ADMIN, null),
          new Endpoint("DELETE", "/api/users/{username}/tokens/{id}", Access.ADMIN, null),
          new Endpoint("POST", "/api/users/{username}/disable", Access.ADMIN, null),
          new Endpoint("POST", "/api/users/{username}/enable", Access.ADMIN, null),
          new Endpoint(
              "POST",
              "/api/users/{username}/password",
              Access.ADMIN,
              "{\"password\": \"another long password\"}"),
          // last: the batch is gone for every later call
          new Endpoint("DELETE", "/api/articles/queue/{id}", Access.OWNED, null));

  /** Login is the one open API route: it is how a session starts. */
  static final Set<String> OPEN = Set.of("POST /api/auth/login");

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  /** Tokens of carol's for the admin's token routes, one for each call. */
  final Deque<UUID> carolsTokens = new ConcurrentLinkedDeque<>();

  Api admin;
  Api alice;
  Api bob;
  Api anonymous;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeAll
  void accounts() {
    admin = new Api(port);
    anonymous = admin.anonymous();
    for (String name : List.of("alice", "bob", "carol")) {
      var created =
          admin.post(
              "/api/users",
              "application/json",
              "{\"username\": \"%s\", \"password\": \"%s\", \"role\": \"USER\"}"
                  .formatted(name, Api.USER_PASSWORD));
      assertThat(created.status()).isEqualTo(201);
    }
    for (int i = 0; i < 5; i++) {
      carolsTokens.add(spareToken(admin.as("carol", Api.USER_PASSWORD)));
    }
    alice = admin.as("alice", Api.USER_PASSWORD);
    bob = admin.as("bob", Api.USER_PASSWORD);
  }

  @Test
  void everyApiEndpointIsInTheMatrix() {
    Set<String> mapped = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .keySet()
        .forEach(
            info ->
                info.getPatternValues().stream()
                    .filter(pattern -> pattern.startsWith("/api"))
                    .forEach(
                        pattern ->
                            info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> mapped.add(method.name() + " " + pattern))));
    Set<String> covered = new TreeSet<>(OPEN);
    MATRIX.forEach(endpoint -> covered.add(endpoint.key()));
    assertThat(covered).containsExactlyInAnyOrderElementsOf(mapped);
  }

  @Test
  void anonymousGets401ProblemsEverywhereButLogin() {
    var softly = new SoftAssertions();
    for (Endpoint endpoint : MATRIX) {
      var response = call(anonymous, endpoint, ids(alice));
      softly.assertThat(response.status()).as(endpoint.key()).isEqualTo(401);
      softly
          .assertThat(response.header("Content-Type"))
          .as(endpoint.key())
          .startsWith("application/problem+json");
    }
    for (String path :
        List.of("/ws", "/ws/info", "/v3/api-docs", "/actuator/prometheus", "/actuator/metrics")) {
      softly.assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
    }
    softly.assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    softly.assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
    softly.assertThat(anonymous.get("/batches/some-client-route").status()).isNotEqualTo(401);
    softly.assertAll();
  }

  @Test
  void anotherUserGets404ForOwnedThingsAnd403ForAdminRoutes() {
    var softly = new SoftAssertions();
    Ids aliceIds = ids(alice);
    for (Endpoint endpoint : MATRIX) {
      int status = call(bob, endpoint, aliceIds).status();
      switch (endpoint.access()) {
        case OWNED, PERSONAL -> softly.assertThat(status).as(endpoint.key()).isEqualTo(404);
        case NAMES_OWNED -> softly.assertThat(status).as(endpoint.key()).isEqualTo(400);
        case ADMIN -> softly.assertThat(status).as(endpoint.key()).isEqualTo(403);
        case SIGNED_IN -> softly.assertThat(status).as(endpoint.key()).isBetween(200, 299);
      }
    }
    softly.assertAll();
    String bobsList = bob.get("/api/articles/queue").body();
    assertThat(bobsList).doesNotContain(aliceIds.batch().toString());
  }

  @Test
  void theOwnerAndAnAdminAreAllowed() {
    var softly = new SoftAssertions();
    for (Api caller : List.of(alice, admin)) {
      Ids aliceIds = ids(alice);
      for (Endpoint endpoint : MATRIX) {
        if (endpoint.access() == Access.ADMIN && caller == alice) {
          continue;
        }
        Ids target =
            endpoint.access() == Access.PERSONAL
                ? new Ids(
                    aliceIds.batch(),
                    aliceIds.article(),
                    spareToken(caller),
                    aliceIds.export(),
                    aliceIds.webhook(),
                    aliceIds.template(),
                    aliceIds.site(),
                    aliceIds.job())
                : aliceIds;
        int status = call(caller, endpoint, target).status();
        // 409: allowed, but the batch's state does not permit that command now
        softly.assertThat(status).as(endpoint.key()).isNotIn(401, 403, 404).isLessThan(500);
      }
    }
    softly.assertAll();
    ids(alice); // the matrix deleted the batches it used
    assertThat(admin.get("/api/articles/queue").body()).contains("Alice's batch");
    assertThat(admin.get("/v3/api-docs").status()).isEqualTo(200);
    assertThat(alice.get("/actuator/prometheus").status()).isEqualTo(200);
  }

  /** Ids of things alice owns, fresh for each use so that commands find something to act on. */
  record Ids(
      UUID batch,
      UUID article,
      UUID token,
      UUID export,
      UUID webhook,
      UUID template,
      UUID site,
      UUID job) {}

  /**
   * A finished batch (commands on it answer 409 where its state forbids them, which still shows the
   * caller was let through), one of its articles, a spare token and a finished export of it.
   */
  private Ids ids(Api owner) {
    var batch = owner.post("/api/articles/bulk", "application/json", BATCH_JSON).json();
    UUID batchId = UUID.fromString(batch.get("id").stringValue());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> owner.get("/api/articles/queue/" + batchId).json().get("status").stringValue(),
            "COMPLETED"::equals);
    var items = owner.get("/api/articles/queue/" + batchId).json().get("items").get("content");
    UUID articleId = UUID.fromString(items.get(0).get("id").stringValue());
    var export =
        owner
            .post(
                "/api/exports",
                "application/json",
                "{\"batchIds\": [\"%s\"], \"formats\": [\"txt\"]}".formatted(batchId))
            .json();
    UUID exportId = UUID.fromString(export.get("id").stringValue());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> owner.get("/api/exports/" + exportId).json().get("status").stringValue(),
            "SUCCEEDED"::equals);
    UUID webhookId =
        UUID.fromString(
            owner
                .post("/api/webhooks", "application/json", WEBHOOK_JSON)
                .json()
                .get("webhook")
                .get("id")
                .stringValue());
    var template =
        owner.post(
            "/api/templates",
            "application/json",
            "{\"name\": \"private %s\"}".formatted(UUID.randomUUID()));
    assertThat(template.status()).isEqualTo(201);
    UUID templateId = UUID.fromString(template.json().get("id").stringValue());
    var site = owner.post("/api/sites", "application/json", SITE_JSON);
    assertThat(site.status()).as(site.body()).isEqualTo(201);
    UUID siteId = UUID.fromString(site.json().get("id").stringValue());
    var job =
        owner.post(
            "/api/publish-jobs",
            "application/json",
            "{\"siteId\": \"%s\", \"batchId\": \"%s\"}".formatted(siteId, batchId));
    assertThat(job.status()).as(job.body()).isEqualTo(202);
    UUID jobId = UUID.fromString(job.json().get("id").stringValue());
    return new Ids(
        batchId, articleId, spareToken(owner), exportId, webhookId, templateId, siteId, jobId);
  }

  /** A new token of {@code owner}'s, not the one the client itself signs in with. */
  private static UUID spareToken(Api owner) {
    String name = "spare-" + UUID.randomUUID();
    assertThat(
            owner
                .post("/api/auth/tokens", "application/json", "{\"name\": \"" + name + "\"}")
                .status())
        .isEqualTo(201);
    for (var token : owner.get("/api/auth/tokens").json()) {
      if (token.get("name").stringValue().equals(name)) {
        return UUID.fromString(token.get("id").stringValue());
      }
    }
    throw new AssertionError("the new token is not listed");
  }

  private static String idFor(String pattern, Ids ids) {
    if (pattern.startsWith("/api/auth/tokens")) {
      return ids.token().toString();
    }
    if (pattern.startsWith("/api/exports")) {
      return ids.export().toString();
    }
    if (pattern.startsWith("/api/webhooks")) {
      return ids.webhook().toString();
    }
    if (pattern.startsWith("/api/templates")) {
      return ids.template().toString();
    }
    if (pattern.startsWith("/api/sites")) {
      return ids.site().toString();
    }
    if (pattern.startsWith("/api/publish-jobs")) {
      return ids.job().toString();
    }
    return ids.batch().toString();
  }

  private Api.Response call(Api caller, Endpoint endpoint, Ids ids) {
    String pattern = endpoint.pattern();
    if (pattern.contains("{username}/tokens/{id}")) {
      pattern = pattern.replace("{username}/tokens/{id}", "carol/tokens/" + carolsTokens.pop());
    }
    String path =
        pattern
            .replace("{id}", idFor(endpoint.pattern(), ids))
            .replace("{articleId}", ids.article().toString())
            .replace("{version}", "1")
            .replace("{id}", ids.export().toString())
            .replace("{username}", "carol");
    var request = HttpRequest.newBuilder(caller.uri(path));
    String body =
        endpoint.body() == null
            ? null
            : endpoint
                .body()
                .replace("{id}", ids.batch().toString())
                .replace("{site}", ids.site().toString())
                .formatted(UUID.randomUUID().toString().substring(0, 8));
    switch (endpoint.method()) {
      case "GET" -> request.GET();
      case "DELETE" -> request.DELETE();
      case "PUT" ->
          request
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(body));
      case "PATCH" ->
          request
              .header("Content-Type", "application/json")
              .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
      default ->
          request
              .header("Content-Type", "application/json")
              .POST(
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
    }
    return caller.send(request);
  }
}
