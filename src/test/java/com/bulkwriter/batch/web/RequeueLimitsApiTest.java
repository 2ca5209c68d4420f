package com.bulkwriter.batch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.TestApplication;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Regenerating an article and retrying failed ones put articles back in the queue, so they count
 * against the per-user limits (queued at once, per day) like submitted articles.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bulkwriter.security.max-queued-articles=2",
      "bulkwriter.security.max-articles-per-day=5",
      "bulkwriter.queue.poll-interval=50ms",
      "bulkwriter.queue.completion-interval=100ms"
    })
@Import(TestApplication.ScriptedProvider.class)
class RequeueLimitsApiTest {

  @LocalServerPort int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @Test
  void regeneratesAndRetriesCountAgainstTheDailyLimit() {
    Api api = new Api(port).newUser("daily-requeuer");
    JsonNode batch = failedBatch(api, "one #permanent", "two #permanent");
    String batchId = batch.get("id").stringValue();
    JsonNode items = batch.get("items").get("content");

    // 2 submitted today: retrying both makes 4, regenerating one more makes 5, the limit
    assertThat(api.post("/api/articles/queue/" + batchId + "/retry-failed").status())
        .isEqualTo(200);
    awaitStatus(api, batchId, "COMPLETED");
    assertThat(api.post("/api/articles/" + id(items, 0) + "/regenerate").status()).isEqualTo(200);
    awaitStatus(api, batchId, "COMPLETED");

    var regenerate = api.post("/api/articles/" + id(items, 1) + "/regenerate");
    var retry = api.post("/api/articles/queue/" + batchId + "/retry-failed");

    for (var refused : new Api.Response[] {regenerate, retry}) {
      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
      assertThat(refused.json().get("limit").stringValue())
          .isEqualTo("bulkwriter.security.max-articles-per-day");
      assertThat(refused.json().get("detail").stringValue())
          .contains("limit of 5 articles per day");
    }
    assertThat(api.get("/api/articles/" + id(items, 1)).json().get("status").stringValue())
        .isEqualTo("FAILED");
  }

  @Test
  void regeneratesAndRetriesCountAgainstTheQueuedAtOnceLimit() {
    Api api = new Api(port).newUser("queued-requeuer");
    JsonNode failed = failedBatch(api, "three #permanent", "four #permanent");
    String failedId = failed.get("id").stringValue();
    var hanging =
        api.post(
            "/api/articles/bulk",
            "application/json",
            "{\"settings\": {\"provider\": \"scripted\"}, \"items\": [\"a #hang\", \"b #hang\"]}");
    assertThat(hanging.status()).isEqualTo(202);

    // two articles are unfinished, the limit: nothing more may go back in the queue
    var retry = api.post("/api/articles/queue/" + failedId + "/retry-failed");
    var regenerate =
        api.post("/api/articles/" + id(failed.get("items").get("content"), 0) + "/regenerate");

    for (var refused : new Api.Response[] {regenerate, retry}) {
      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.json().get("limit").stringValue())
          .isEqualTo("bulkwriter.security.max-queued-articles");
    }
    assertThat(
            api.get("/api/articles/queue/" + failedId)
                .json()
                .get("counts")
                .get("failed")
                .intValue())
        .isEqualTo(2);
    api.post("/api/articles/queue/" + hanging.json().get("id").stringValue() + "/cancel");
  }

  private static JsonNode failedBatch(Api api, String... keywords) {
    String items = "[\"" + String.join("\", \"", keywords) + "\"]";
    var submitted =
        api.post(
            "/api/articles/bulk",
            "application/json",
            "{\"settings\": {\"provider\": \"scripted\"}, \"items\": " + items + "}");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
    return awaitStatus(api, submitted.json().get("id").stringValue(), "COMPLETED");
  }

  private static JsonNode awaitStatus(Api api, String batchId, String status) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> api.get("/api/articles/queue/" + batchId).json(),
            batch -> batch.get("status").stringValue().equals(status));
  }

  private static String id(JsonNode items, int index) {
    return items.get(index).get("id").stringValue();
  }
}
