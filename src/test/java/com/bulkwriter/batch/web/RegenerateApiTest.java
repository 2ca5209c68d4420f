package com.bulkwriter.batch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
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

/**
 * {@code POST /api/articles/{id}/regenerate} over real HTTP. One article at a time, slowly enough
 * (200 ms each) that the last articles of a fresh batch are still queued when the test looks.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bulkwriter.offline.delay=200ms",
      "bulkwriter.queue.max-in-flight=1",
      "bulkwriter.queue.poll-interval=50ms",
      "bulkwriter.queue.completion-interval=100ms"
    })
class RegenerateApiTest {

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
  void
      aSucceededArticleIsQueuedAgainWithItsResultClearedAndTheCompletedBatchRunsUntilItIsWritten() {
    String batchId = submit("[\"regenerated keyword\", \"kept keyword\"]");
    JsonNode done = awaitStatus(batchId, "COMPLETED");
    String articleId = done.get("items").get("content").get(0).get("id").stringValue();
    String before = api.get("/api/articles/" + articleId).json().get("markdown").stringValue();

    var response = api.post("/api/articles/" + articleId + "/regenerate");

    assertThat(response.status()).isEqualTo(200);
    JsonNode queued = response.json();
    assertThat(queued.get("id").stringValue()).isEqualTo(articleId);
    assertThat(queued.get("status").stringValue()).isIn("QUEUED", "RUNNING");
    assertThat(queued.get("markdown").isNull()).isTrue();
    assertThat(queued.get("finishedAt").isNull()).isTrue();
    JsonNode reopened = api.get("/api/articles/queue/" + batchId).json();
    assertThat(reopened.get("status").stringValue()).isIn("RUNNING", "COMPLETED");

    JsonNode again = awaitStatus(batchId, "COMPLETED");
    assertThat(again.get("counts").get("succeeded").intValue()).isEqualTo(2);
    JsonNode article = api.get("/api/articles/" + articleId).json();
    assertThat(article.get("status").stringValue()).isEqualTo("SUCCEEDED");
    assertThat(article.get("attempts").intValue()).isEqualTo(1);
    // the offline engine is deterministic: the same input gives the same draft
    assertThat(article.get("markdown").stringValue()).isEqualTo(before);
  }

  @Test
  void regeneratingAnArticleOfARunningBatchTellsItsWatchersTheArticleIsQueuedAgain() {
    String batchId = submit("[\"one\", \"two\", \"three\", \"four\", \"five\", \"six\"]");
    JsonNode firstDone =
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(20))
            .until(
                () -> api.get("/api/articles/queue/" + batchId).json(),
                b -> b.get("counts").get("succeeded").intValue() >= 1)
            .get("items")
            .get("content")
            .get(0);
    String articleId = firstDone.get("id").stringValue();

    assertThat(api.post("/api/articles/" + articleId + "/regenerate").status()).isEqualTo(200);

    JsonNode requeued =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> articleEvents(batchId, articleId),
                events -> events.stream().anyMatch(e -> e.get("attempts").intValue() == 0))
            .stream()
            .filter(e -> e.get("attempts").intValue() == 0)
            .findFirst()
            .orElseThrow();
    assertThat(requeued.get("status").stringValue()).isEqualTo("QUEUED");
    assertThat(requeued.get("error").isNull()).isTrue();
  }

  @Test
  void anArticleStillQueuedOrOfACancelledBatchIsRefusedWithAConflictAndUnknownIdsGet404() {
    String batchId = submit("[\"first\", \"second\", \"third\", \"fourth\", \"fifth\"]");
    JsonNode batch = api.get("/api/articles/queue/" + batchId).json();
    String last = batch.get("items").get("content").get(4).get("id").stringValue();

    var queued = api.post("/api/articles/" + last + "/regenerate");
    assertThat(api.post("/api/articles/queue/" + batchId + "/cancel").status()).isEqualTo(200);
    var cancelled = api.post("/api/articles/" + last + "/regenerate");
    var unknown = api.post("/api/articles/" + UUID.randomUUID() + "/regenerate");

    assertThat(queued.status()).isEqualTo(409);
    assertThat(queued.header("Content-Type")).startsWith("application/problem+json");
    assertThat(queued.json().get("detail").stringValue())
        .contains("is queued")
        .contains("only a succeeded or failed article can be regenerated");
    assertThat(cancelled.status()).isEqualTo(409);
    assertThat(cancelled.json().get("detail").stringValue())
        .contains("is cancelled; its articles cannot be regenerated");
    assertThat(unknown.status()).isEqualTo(404);
  }

  /** The article's ARTICLE_UPDATED bodies among its batch's live events, in order. */
  private List<JsonNode> articleEvents(String batchId, String articleId) {
    List<JsonNode> found = new ArrayList<>();
    api.get("/api/articles/queue/" + batchId + "/events")
        .json()
        .forEach(
            event -> {
              JsonNode article = event.get("article");
              if (article != null && articleId.equals(article.get("id").stringValue())) {
                found.add(article);
              }
            });
    return found;
  }

  private String submit(String items) {
    var response =
        api.post(
            "/api/articles/bulk",
            "application/json",
            "{\"settings\": {\"wordCount\": 200}, \"items\": " + items + "}");
    assertThat(response.status()).isEqualTo(202);
    return response.json().get("id").stringValue();
  }

  private JsonNode awaitStatus(String id, String status) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> api.get("/api/articles/queue/" + id + "?size=100").json(),
            b -> b.get("status").stringValue().equals(status));
  }
}
