package com.bulkwriter.webhooks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.support.Api;
import com.bulkwriter.support.ApiTest;
import com.bulkwriter.webhooks.WebhookReceiver;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks end to end over real HTTP, against a real receiver that checks every signature on its
 * own: registration and its secret, the three events the product emits today, retries with backoff,
 * automatic disabling, test sends, the delivery log and a rescued delivery. Short retry settings
 * keep it fast; the receiver on 127.0.0.1 needs private destinations allowed.
 */
@TestPropertySource(
    properties = {
      "bulkwriter.offline.delay=100ms",
      "bulkwriter.webhooks.allow-private-destinations=true",
      "bulkwriter.webhooks.poll-interval=100ms",
      "bulkwriter.webhooks.backoff-base=300ms",
      "bulkwriter.webhooks.backoff-max=600ms",
      "bulkwriter.webhooks.retry-for=1m",
      "bulkwriter.webhooks.disable-after=1s",
      "bulkwriter.webhooks.disable-after-failures=3",
      "bulkwriter.webhooks.connect-timeout=1s",
      "bulkwriter.webhooks.request-timeout=2s",
      "bulkwriter.webhooks.lease-duration=5s"
    })
@ExtendWith(OutputCaptureExtension.class)
abstract class WebhookApiContract extends ApiTest {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired JdbcClient jdbc;

  WebhookReceiver receiver;
  Api user;

  @BeforeEach
  void receiverAndUser() {
    receiver = new WebhookReceiver();
    user = admin.newUser("hooks-" + UUID.randomUUID().toString().substring(0, 8));
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  /** Registers an endpoint on the receiver; returns {id, secret}. */
  String[] register(Api api, String path, String... types) {
    var created =
        api.post(
            "/api/webhooks",
            "application/json",
            """
            {"url": "%s", "description": "tests", "eventTypes": [%s]}"""
                .formatted(
                    receiver.url(path),
                    String.join(",", List.of(types).stream().map(t -> "\"" + t + "\"").toList())));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = created.json();
    return new String[] {
      body.get("webhook").get("id").stringValue(), body.get("secret").stringValue()
    };
  }

  String storedSecret(String id) {
    return jdbc.sql("SELECT signing_secret FROM webhook_endpoints WHERE id = ?")
        .param(UUID.fromString(id))
        .query(String.class)
        .single();
  }

  JsonNode deliveries(Api api, String id) {
    return api.get("/api/webhooks/" + id + "/deliveries").json().get("content");
  }

  @Test
  void aCompletedBatchIsAnnouncedSignedToItsOwnersEndpointOnly() {
    String[] hook = register(user, "/done", "batch.completed");
    Api other = admin.newUser("other-" + UUID.randomUUID().toString().substring(0, 8));
    register(other, "/others", "batch.completed");

    String batchId = new ExportClient(user).completedBatch("Hooked batch", "alpha", "beta");

    await().atMost(PATIENCE).until(() -> receiver.ofType("batch.completed").size() == 1);
    var request = receiver.ofType("batch.completed").getFirst();
    assertThat(request.signedWith(hook[1])).isTrue();
    JsonNode payload = request.json();
    assertThat(payload.get("timestamp").stringValue()).isNotBlank();
    Instant.parse(payload.get("timestamp").stringValue());
    JsonNode data = payload.get("data");
    assertThat(data.get("batchId").stringValue()).isEqualTo(batchId);
    assertThat(data.get("name").stringValue()).isEqualTo("Hooked batch");
    assertThat(data.get("status").stringValue()).isEqualTo("COMPLETED");
    assertThat(data.get("succeeded").intValue()).isEqualTo(2);
    assertThat(data.get("total").intValue()).isEqualTo(2);
    assertThat(request.header("webhook-id")).startsWith("msg_");
    // the other user's endpoint heard nothing of this batch
    assertThat(receiver.received()).noneMatch(r -> r.body().contains(batchId) && r != request);

    await()
        .atMost(PATIENCE)
        .until(
            () -> deliveries(user, hook[0]).get(0).get("status").stringValue().equals("SUCCEEDED"));
    JsonNode delivery = deliveries(user, hook[0]).get(0);
    assertThat(delivery.get("webhookId").stringValue()).isEqualTo(request.header("webhook-id"));
    assertThat(delivery.get("log").get(0).get("statusCode").intValue()).isEqualTo(200);
    assertThat(delivery.get("log").get(0).get("responseExcerpt").stringValue())
        .isEqualTo("answered 200");
  }

  @Test
  void aPausedBatchAndAReadyExportAreAnnounced() {
    String[] hook = register(user, "/events", "batch.paused", "export.ready");
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      items.append(i == 0 ? "" : ",").append("\"keyword ").append(i).append('"');
    }
    String batchId =
        user.post("/api/articles/bulk", "application/json", "{\"items\": [" + items + "]}")
            .json()
            .get("id")
            .stringValue();
    var paused = user.post("/api/articles/queue/" + batchId + "/pause");
    assertThat(paused.status()).as(paused.body()).isEqualTo(200);

    await().atMost(PATIENCE).until(() -> receiver.ofType("batch.paused").size() == 1);
    var pause = receiver.ofType("batch.paused").getFirst();
    assertThat(pause.signedWith(hook[1])).isTrue();
    assertThat(pause.json().get("data").get("batchId").stringValue()).isEqualTo(batchId);
    assertThat(pause.json().get("data").get("status").stringValue()).isEqualTo("PAUSED");
    user.post("/api/articles/queue/" + batchId + "/cancel");

    var exports = new ExportClient(user);
    String done = exports.completedBatch("Exported", "gamma");
    String exportId =
        exports
            .start("{\"batchIds\": [\"%s\"], \"formats\": [\"txt\"]}".formatted(done))
            .json()
            .get("id")
            .stringValue();
    await().atMost(PATIENCE).until(() -> receiver.ofType("export.ready").size() == 1);
    var ready = receiver.ofType("export.ready").getFirst();
    assertThat(ready.signedWith(hook[1])).isTrue();
    JsonNode data = ready.json().get("data");
    assertThat(data.get("exportId").stringValue()).isEqualTo(exportId);
    assertThat(data.get("downloadUrl").stringValue())
        .isEqualTo("/api/exports/" + exportId + "/download");
    assertThat(data.get("sizeBytes").longValue()).isPositive();
    // not subscribed to batch.completed
    assertThat(receiver.ofType("batch.completed")).isEmpty();
  }

  @Test
  void aFailingEndpointIsRetriedWithBackoffUntilItAnswersWithTheSameWebhookId() {
    receiver.answer(500, 503);
    String[] hook = register(user, "/flaky", "batch.completed");

    var test = user.post("/api/webhooks/" + hook[0] + "/test");
    assertThat(test.status()).isEqualTo(202);

    await().atMost(PATIENCE).until(() -> receiver.received().size() == 3);
    var attempts = receiver.received();
    assertThat(attempts).allMatch(r -> r.signedWith(hook[1]));
    assertThat(attempts)
        .extracting(r -> r.header("webhook-id"))
        .containsOnly(attempts.getFirst().header("webhook-id"));
    assertThat(attempts.getFirst().type()).isEqualTo("webhook.test");
    // the first retry waits at least half of backoff-base, the second at least half of twice that
    assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(140));
    assertThat(Duration.between(attempts.get(1).at(), attempts.get(2).at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(290));
    await()
        .atMost(PATIENCE)
        .until(
            () -> deliveries(user, hook[0]).get(0).get("status").stringValue().equals("SUCCEEDED"));
    JsonNode delivery = deliveries(user, hook[0]).get(0);
    assertThat(delivery.get("attempts").intValue()).isEqualTo(3);
    assertThat(delivery.get("log").findValues("statusCode"))
        .extracting(JsonNode::intValue)
        .containsExactly(500, 503, 200);
    assertThat(user.get("/api/webhooks/" + hook[0]).json().get("consecutiveFailures").intValue())
        .isZero();
  }

  @Test
  void anEndpointFailingPersistentlyIsDisabledWithANoticeAndCanBeEnabledAgain() {
    receiver.answerAlways(500);
    String[] hook = register(user, "/down", "batch.completed");

    assertThat(user.post("/api/webhooks/" + hook[0] + "/test").status()).isEqualTo(202);
    await()
        .atMost(PATIENCE)
        .until(() -> !user.get("/api/webhooks/" + hook[0]).json().get("enabled").booleanValue());

    JsonNode disabled = user.get("/api/webhooks/" + hook[0]).json();
    assertThat(disabled.get("disabledReason").stringValue())
        .contains("Disabled automatically")
        .contains("every delivery attempt failed for 1 s");
    assertThat(disabled.get("consecutiveFailures").intValue()).isGreaterThanOrEqualTo(3);
    await()
        .atMost(PATIENCE)
        .until(() -> deliveries(user, hook[0]).get(0).get("status").stringValue().equals("FAILED"));
    assertThat(user.post("/api/webhooks/" + hook[0] + "/test").status()).isEqualTo(409);

    receiver.answerAlways(200);
    var enabled =
        user.send(
            HttpRequest.newBuilder(user.uri("/api/webhooks/" + hook[0]))
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"url": "%s", "eventTypes": ["batch.completed"], "enabled": true}"""
                            .formatted(receiver.url("/down")))));
    assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
    assertThat(enabled.json().get("disabledReason").isNull()).isTrue();
    assertThat(enabled.json().get("consecutiveFailures").intValue()).isZero();
    int before = receiver.received().size();
    assertThat(user.post("/api/webhooks/" + hook[0] + "/test").status()).isEqualTo(202);
    await().atMost(PATIENCE).until(() -> receiver.received().size() > before);
  }

  @Test
  void theSecretIsShownOnceStoredEncryptedNeverLoggedAndARotatedSecretSignsFromThenOn(
      CapturedOutput output) {
    String[] hook = register(user, "/rotate", "export.ready");
    assertThat(storedSecret(hook[0])).doesNotContain(hook[1].substring(6)).doesNotContain("whsec_");

    JsonNode shown = user.get("/api/webhooks/" + hook[0]).json();
    assertThat(shown.has("secret")).isFalse();
    assertThat(user.get("/api/webhooks").body()).doesNotContain(hook[1]);
    assertThat(hook[1]).startsWith("whsec_");

    var rotated = user.post("/api/webhooks/" + hook[0] + "/rotate-secret");
    assertThat(rotated.status()).isEqualTo(200);
    String secret = rotated.json().get("secret").stringValue();
    assertThat(secret).startsWith("whsec_").isNotEqualTo(hook[1]);
    assertThat(storedSecret(hook[0])).doesNotContain(secret.substring(6)).doesNotContain("whsec_");
    user.post("/api/webhooks/" + hook[0] + "/test");

    await().atMost(PATIENCE).until(() -> receiver.received().size() == 1);
    assertThat(receiver.received().getFirst().signedWith(secret)).isTrue();
    assertThat(receiver.received().getFirst().signedWith(hook[1])).isFalse();
    assertThat(output.getAll()).doesNotContain(hook[1]).doesNotContain(secret);
  }

  @Test
  void endpointsAreOwnerScopedAndAdminsSeeThemAll() {
    String[] hook = register(user, "/mine", "batch.completed");
    Api other = admin.newUser("nosy-" + UUID.randomUUID().toString().substring(0, 8));

    assertThat(other.get("/api/webhooks/" + hook[0]).status()).isEqualTo(404);
    assertThat(other.get("/api/webhooks").body()).doesNotContain(hook[0]);
    assertThat(other.delete("/api/webhooks/" + hook[0]).status()).isEqualTo(404);
    assertThat(admin.get("/api/webhooks").body()).contains(hook[0]);

    assertThat(user.delete("/api/webhooks/" + hook[0]).status()).isEqualTo(204);
    assertThat(user.get("/api/webhooks/" + hook[0]).status()).isEqualTo(404);
  }

  @Test
  void badRegistrationsAreRefusedNamingTheFieldAndNothingIsSaved() {
    int before = user.get("/api/webhooks").json().size();
    var bad =
        user.post(
            "/api/webhooks",
            "application/json",
            "{\"url\": \"ftp://example.org/x\", \"eventTypes\": [\"batch.exploded\"]}");
    var none =
        user.post("/api/webhooks", "application/json", "{\"url\": \"\", \"eventTypes\": []}");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
    assertThat(bad.json().get("errors").findValuesAsString("field"))
        .containsExactly("url", "eventTypes");
    assertThat(bad.body()).contains("batch.exploded").contains("article.published");
    assertThat(none.json().get("errors").findValuesAsString("field"))
        .containsExactly("url", "eventTypes");
    assertThat(user.get("/api/webhooks").json().size()).isEqualTo(before);
    assertThat(user.get("/api/webhooks/event-types").json().toString())
        .isEqualTo("[\"batch.completed\",\"batch.paused\",\"export.ready\",\"article.published\"]");
  }

  @Test
  void aDeliveryWhoseNodeDiedMidAttemptIsRescuedAndSent() {
    String[] hook = register(user, "/rescued", "batch.completed");
    UUID id = UUID.randomUUID();
    Instant long_ago = Instant.now().minusSeconds(60);
    // what a node leaves behind when it dies after claiming: DELIVERING with an expired lease
    jdbc.sql(
            """
            INSERT INTO webhook_deliveries (id, endpoint_id, event_type, payload, status, attempts,
              next_attempt_at, lease_owner, lease_token, lease_expires_at, created_at)
            VALUES (:id, :endpoint, 'batch.completed', :payload, 'DELIVERING', 1, :at, 'dead-node',
              :token, :at, :now)""")
        .param("id", id)
        .param("endpoint", UUID.fromString(hook[0]))
        .param("payload", "{\"type\":\"batch.completed\",\"timestamp\":\"x\",\"data\":{}}")
        .param("at", long_ago.atOffset(java.time.ZoneOffset.UTC))
        .param("token", UUID.randomUUID())
        .param("now", Instant.now().atOffset(java.time.ZoneOffset.UTC))
        .update();

    await().atMost(PATIENCE).until(() -> receiver.received().size() == 1);
    var request = receiver.received().getFirst();
    assertThat(request.header("webhook-id")).isEqualTo("msg_" + id.toString().replace("-", ""));
    assertThat(request.signedWith(hook[1])).isTrue();
    await()
        .atMost(PATIENCE)
        .until(() -> deliveries(user, hook[0]).get(0).get("attempts").intValue() == 2);
  }
}
