package com.bulkwriter.batch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The batch API over real HTTP, on the embedded default: H2 and the offline draft engine. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bulkwriter.offline.delay=0",
      "bulkwriter.batch.max-items=500",
      "bulkwriter.web.max-body-size=64KB",
      "bulkwriter.queue.poll-interval=50ms",
      "bulkwriter.queue.completion-interval=100ms"
    })
class BatchApiTest {

  @LocalServerPort int port;
  Api api;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeEach
  void client() {
    api = new Api(port);
  }

  @Test
  void aJsonBatchIsAcceptedWithItsLocationAndEveryArticleIsWrittenAsAnOfflineDraft() {
    var response =
        submitJson(
            """
            {"name": "Gardening", "settings": {"tone": "friendly", "wordCount": 400, "includeFaq": true},
             "items": [{"keyword": "raised garden beds"}, {"keyword": "compost", "wordCount": 250}]}""");

    assertThat(response.status()).isEqualTo(202);
    JsonNode batch = response.json();
    assertThat(response.header("Location")).isEqualTo("/api/articles/queue/" + id(batch));
    assertThat(batch.get("name").stringValue()).isEqualTo("Gardening");
    assertThat(batch.get("counts").get("total").intValue()).isEqualTo(2);
    assertThat(batch.get("engine").get("draft").booleanValue()).isTrue();
    assertThat(batch.get("engine").get("label").stringValue()).containsIgnoringCase("offline");
    assertThat(batch.get("settings").get("tone").stringValue()).isEqualTo("friendly");
    assertThat(batch.get("statusReason").isNull()).isTrue();
    assertThat(batch.get("finishedAt").isNull()).isTrue();
    assertThat(batch.has("items")).isFalse();

    JsonNode done = awaitStatus(id(batch), "COMPLETED");
    assertThat(done.get("progress").doubleValue()).isEqualTo(100.0);
    assertThat(done.get("counts").get("succeeded").intValue()).isEqualTo(2);
    assertThat(done.get("finishedAt").isNull()).isFalse();
    JsonNode items = done.get("items").get("content");
    assertThat(items).hasSize(2);
    JsonNode compost = api.get("/api/articles/" + items.get(1).get("id").stringValue()).json();
    assertThat(compost.get("keyword").stringValue()).isEqualTo("compost");
    assertThat(compost.get("status").stringValue()).isEqualTo("SUCCEEDED");
    assertThat(compost.get("draft").booleanValue()).isTrue();
    assertThat(compost.get("markdown").stringValue()).startsWith("# ").contains("\n## ");
    assertThat(compost.get("metaDescription").stringValue().length()).isLessThanOrEqualTo(160);
    assertThat(compost.get("slug").stringValue()).matches("[a-z0-9-]+");
    assertThat(compost.get("wordCount").intValue()).isBetween(225, 275);
    assertThat(compost.get("attempts").intValue()).isEqualTo(1);
    assertThat(compost.get("durationMs").isNull()).isFalse();
  }

  @Test
  void aCsvBatchTakesSettingsFromTheQueryAndOverridesFromItsColumns() {
    String csv =
        "\uFEFFKeyword,Tone,Word Count,title\r\n"
            + "best hiking boots,casual,300,\r\n"
            + "\"trail running, for beginners\",,,\"Run, Don't Walk\"\r\n";
    var response =
        api.post("/api/articles/bulk?name=Outdoors&language=de&wordCount=500", "text/csv", csv);

    assertThat(response.status()).isEqualTo(202);
    JsonNode batch = awaitStatus(id(response.json()), "COMPLETED");
    assertThat(batch.get("name").stringValue()).isEqualTo("Outdoors");
    assertThat(batch.get("settings").get("language").stringValue()).isEqualTo("de");
    JsonNode items = batch.get("items").get("content");
    assertThat(items.get(1).get("keyword").stringValue()).isEqualTo("trail running, for beginners");
    JsonNode boots = api.get("/api/articles/" + items.get(0).get("id").stringValue()).json();
    JsonNode running = api.get("/api/articles/" + items.get(1).get("id").stringValue()).json();
    assertThat(boots.get("wordCount").intValue()).isBetween(270, 330);
    assertThat(running.get("wordCount").intValue()).isBetween(450, 550);
    assertThat(running.get("title").stringValue()).isEqualTo("Run, Don't Walk");
  }

  @Test
  void everyBadRowAndFieldIsNamedAndNothingOfTheBatchIsSaved() {
    long before = totalBatches();
    var response =
        submitJson(
            """
            {"settings": {"tone": "grumpy", "wordCount": 50, "language": "xx", "colour": "red"},
             "items": [{"keyword": "fine"}, {"keyword": "   "}, {"keyword": "%s"},
                       {"keyword": "ok", "pointOfView": "fourth-person", "includeFaq": "maybe"}]}"""
                .formatted("k".repeat(201)));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("status").intValue()).isEqualTo(400);
    assertThat(problem.get("detail").stringValue()).contains("nothing was saved");
    List<String> errors = new ArrayList<>();
    problem
        .get("errors")
        .forEach(
            e ->
                errors.add(
                    (e.get("row").isNull() ? "-" : e.get("row").asString())
                        + ":"
                        + e.get("field").stringValue()));
    assertThat(errors)
        .containsExactlyInAnyOrder(
            "-:settings.tone",
            "-:settings.wordCount",
            "-:settings.language",
            "-:settings.colour",
            "2:keyword",
            "3:keyword",
            "4:pointOfView",
            "4:includeFaq");
    assertThat(totalBatches()).isEqualTo(before);
  }

  @Test
  void moreItemsThanTheLimitIsRefusedNamingTheLimit() {
    StringBuilder csv = new StringBuilder("keyword\n");
    for (int i = 0; i < 501; i++) {
      csv.append("k").append(i).append('\n');
    }
    var response = api.post("/api/articles/bulk", "text/csv", csv.toString());
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").stringValue()).isEqualTo("items");
    assertThat(response.json().get("errors").get(0).get("message").stringValue()).contains("500");
  }

  @Test
  void aBodyOverTheSizeLimitGets413WhetherOrNotItsLengthIsAnnounced() {
    String big = "keyword\n" + "a long keyword line\n".repeat(4_000);
    var announced = api.post("/api/articles/bulk", "text/csv", big);
    var chunked =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/articles/bulk"))
                .header("Content-Type", "text/csv")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big.getBytes()))));

    assertThat(announced.status()).isEqualTo(413);
    assertThat(announced.header("Content-Type")).startsWith("application/problem+json");
    assertThat(chunked.status()).isEqualTo(413);
  }

  @Test
  void malformedJsonOrCsvGets400WithAReadableProblem() {
    var json = submitJson("{\"items\": [");
    var notABatch = submitJson("[1, 2]");
    var csv = api.post("/api/articles/bulk", "text/csv", "keyword\n\"unterminated\n");
    var noKeyword = api.post("/api/articles/bulk", "text/csv", "title,tone\nA,casual\n");
    var unknownColumn = api.post("/api/articles/bulk", "text/csv", "keyword,colour\na,red\n");

    assertThat(json.status()).isEqualTo(400);
    assertThat(json.json().get("title").stringValue()).isEqualTo("Malformed request body");
    assertThat(notABatch.status()).isEqualTo(400);
    assertThat(csv.status()).isEqualTo(400);
    assertThat(csv.json().get("detail").stringValue()).contains("CSV");
    assertThat(noKeyword.status()).isEqualTo(400);
    assertThat(noKeyword.json().get("errors").get(0).get("field").stringValue())
        .isEqualTo("keyword");
    assertThat(unknownColumn.status()).isEqualTo(400);
    assertThat(unknownColumn.json().get("errors").get(0).get("field").stringValue())
        .isEqualTo("colour");
  }

  @Test
  void aRetriedSubmitWithTheSameIdempotencyKeyReturnsTheSameBatch() {
    String key = UUID.randomUUID().toString();
    String body = "{\"items\": [\"idempotent keyword\"]}";
    long before = totalBatches();

    var first = submitJson(body, "Idempotency-Key", key);
    var second = submitJson(body, "Idempotency-Key", key);
    var different = submitJson("{\"items\": [\"another keyword\"]}", "Idempotency-Key", key);

    assertThat(first.status()).isEqualTo(202);
    assertThat(second.status()).isEqualTo(202);
    assertThat(id(second.json())).isEqualTo(id(first.json()));
    assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(different.status()).isEqualTo(422);
    assertThat(different.json().get("detail").stringValue()).contains("Idempotency-Key");
    assertThat(totalBatches()).isEqualTo(before + 1);
  }

  @Test
  void unknownIdsGet404() {
    String unknown = UUID.randomUUID().toString();
    assertThat(api.get("/api/articles/queue/" + unknown).status()).isEqualTo(404);
    assertThat(api.get("/api/articles/" + unknown).status()).isEqualTo(404);
    assertThat(api.get("/api/articles/not-a-uuid").status()).isEqualTo(404);
    assertThat(api.post("/api/articles/queue/" + unknown + "/pause").status()).isEqualTo(404);
    var problem = api.get("/api/articles/queue/" + unknown);
    assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void pauseResumeCancelAndRetryFailedAnswerWithTheBatchOrAConflict() {
    String id = id(submitJson("{\"items\": [\"steered keyword\"]}").json());
    awaitStatus(id, "COMPLETED");

    var pauseCompleted = api.post("/api/articles/queue/" + id + "/pause");
    var retry = api.post("/api/articles/queue/" + id + "/retry-failed");

    assertThat(pauseCompleted.status()).isEqualTo(409);
    assertThat(pauseCompleted.json().get("detail").stringValue()).contains("completed");
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.json().get("status").stringValue()).isEqualTo("RUNNING");
    awaitStatus(id, "COMPLETED");
    assertThat(api.post("/api/articles/queue/" + id + "/resume").status()).isEqualTo(409);
    assertThat(api.post("/api/articles/queue/" + id + "/cancel").status()).isEqualTo(409);
  }

  @Test
  void batchesAreListedNewestFirstPagedAndFilteredByStatus() {
    String older = id(submitJson("{\"name\": \"older\", \"items\": [\"a\"]}").json());
    String newer = id(submitJson("{\"name\": \"newer\", \"items\": [\"b\"]}").json());
    awaitStatus(older, "COMPLETED");
    awaitStatus(newer, "COMPLETED");

    JsonNode page = api.get("/api/articles/queue?size=2").json();
    JsonNode completed = api.get("/api/articles/queue?status=completed&size=100").json();
    var badFilter = api.get("/api/articles/queue?status=SLEEPING");

    assertThat(page.get("content").get(0).get("id").stringValue()).isEqualTo(newer);
    assertThat(page.get("content").get(1).get("id").stringValue()).isEqualTo(older);
    assertThat(page.get("size").intValue()).isEqualTo(2);
    assertThat(page.get("totalElements").longValue()).isGreaterThanOrEqualTo(2);
    assertThat(completed.get("content"))
        .allSatisfy(b -> assertThat(b.get("status").stringValue()).isEqualTo("COMPLETED"));
    assertThat(badFilter.status()).isEqualTo(400);
    JsonNode filtered =
        api.get("/api/articles/queue/" + newer + "?status=SUCCEEDED&size=10").json();
    assertThat(filtered.get("items").get("totalElements").intValue()).isEqualTo(1);
    JsonNode none = api.get("/api/articles/queue/" + newer + "?status=FAILED").json();
    assertThat(none.get("items").get("totalElements").intValue()).isZero();
  }

  @Test
  void theOpenApiDocumentDescribesTheBatchApiAndItsProblemResponses() {
    var doc = api.get("/v3/api-docs");
    assertThat(doc.status()).isEqualTo(200);
    JsonNode paths = doc.json().get("paths");
    assertThat(paths.has("/api/articles/bulk")).isTrue();
    assertThat(paths.has("/api/articles/queue/{id}")).isTrue();
    assertThat(paths.has("/api/articles/{articleId}")).isTrue();
    assertThat(doc.body()).contains("application/problem+json").contains("ProblemDetail");
    assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
  }

  @Test
  void healthAndQueueMetricsAreExposedForOperations() {
    awaitStatus(id(submitJson("{\"items\": [\"metered keyword\"]}").json()), "COMPLETED");
    assertThat(api.get("/actuator/health").json().get("status").stringValue()).isEqualTo("UP");
    String metrics = api.get("/actuator/prometheus").body();
    assertThat(metrics)
        .contains("bulkwriter_queue_depth{state=\"succeeded\"}")
        .contains("bulkwriter_queue_in_flight")
        .contains("bulkwriter_articles_per_minute")
        .contains("bulkwriter_articles_outcomes_total{outcome=\"succeeded\"}");
  }

  private Api.Response submitJson(String body, String... headers) {
    return api.post("/api/articles/bulk", "application/json", body, headers);
  }

  private long totalBatches() {
    return api.get("/api/articles/queue").json().get("totalElements").longValue();
  }

  private JsonNode awaitStatus(String id, String status) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> api.get("/api/articles/queue/" + id + "?size=100").json(),
            batch -> batch.get("status").stringValue().equals(status));
  }

  private static String id(JsonNode batch) {
    return batch.get("id").stringValue();
  }
}
