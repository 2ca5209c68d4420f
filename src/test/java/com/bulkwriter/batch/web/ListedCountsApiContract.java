package com.bulkwriter.batch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.ApiTest;
import com.bulkwriter.support.ListedCounts;
import com.bulkwriter.support.ScriptedGenerator;
import com.bulkwriter.support.TestApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The batches list shows each batch's real per-state article counts after every path that changes
 * them, on every database (see the subclasses): a finished batch keeps its counts on its row (V24),
 * so each path that finishes a batch, moves it out again or changes the articles of a finished one
 * (completion, cancel, retry failed, regenerate, bulk regenerate, bulk delete) must leave them
 * true. {@link ListedCounts} compares the list with the articles counted one state at a time.
 */
@Import(TestApplication.ScriptedProvider.class)
abstract class ListedCountsApiContract extends ApiTest {

  @Autowired ScriptedGenerator scripted;

  @Test
  void aFinishedBatchShowsItsRealCountsThroughRetryRegenerateAndBulkActions() {
    Api user = admin.newUser("counts-" + UUID.randomUUID().toString().substring(0, 8));
    String batchId = submit(user, "ok one", "ok two", "bad #permanent", "ok three");
    awaitStatus(user, batchId, "COMPLETED");
    assertThat(ListedCounts.assertReal(user, batchId))
        .containsEntry("succeeded", 3)
        .containsEntry("failed", 1);

    assertThat(user.post("/api/articles/queue/" + batchId + "/retry-failed").status())
        .isEqualTo(200);
    awaitStatus(user, batchId, "COMPLETED");
    assertThat(ListedCounts.assertReal(user, batchId)).containsEntry("failed", 1);

    Map<String, String> articles = articles(user, batchId);
    assertThat(user.post("/api/articles/" + articles.get("ok one") + "/regenerate").status())
        .isEqualTo(200);
    awaitStatus(user, batchId, "COMPLETED");
    assertThat(ListedCounts.assertReal(user, batchId)).containsEntry("succeeded", 3);

    // deleting articles leaves the batch completed: its kept counts are counted again
    assertThat(act(user, batchId, articles.get("ok two"), "DELETE").status()).isEqualTo(200);
    assertThat(statusOf(user, batchId)).isEqualTo("COMPLETED");
    assertThat(ListedCounts.assertReal(user, batchId)).containsEntry("succeeded", 2);
    assertThat(act(user, batchId, articles.get("bad #permanent"), "DELETE").status())
        .isEqualTo(200);
    assertThat(ListedCounts.assertReal(user, batchId))
        .containsEntry("succeeded", 2)
        .containsEntry("failed", 0);

    assertThat(act(user, batchId, articles.get("ok three"), "REGENERATE").status()).isEqualTo(200);
    awaitStatus(user, batchId, "COMPLETED");
    assertThat(ListedCounts.assertReal(user, batchId)).containsEntry("succeeded", 2);
    assertThat(act(user, batchId, articles.get("ok three"), "APPROVE").status()).isEqualTo(200);
    ListedCounts.assertReal(user, batchId);
  }

  @Test
  void aCancelledBatchShowsWhatItWroteAndWhatItDropped() {
    Api user = admin.newUser("cancel-" + UUID.randomUUID().toString().substring(0, 8));
    // 300 articles of 20 ms each are not all written before the pause; some are being written
    // when the cancel comes, and their answers are then discarded
    scripted.delay(Duration.ofMillis(20));
    String batchId =
        submit(
            user, IntStream.rangeClosed(1, 300).mapToObj(i -> "drop " + i).toArray(String[]::new));
    assertThat(user.post("/api/articles/queue/" + batchId + "/pause").status()).isEqualTo(200);
    assertThat(user.post("/api/articles/queue/" + batchId + "/cancel").status()).isEqualTo(200);

    Map<String, Integer> counts = ListedCounts.assertReal(user, batchId);
    assertThat(counts.get("cancelled")).isPositive();
    assertThat(counts.get("queued") + counts.get("running")).isZero();
    assertThat(statusOf(user, batchId)).isEqualTo("CANCELLED");
    assertThat(act(user, batchId, articles(user, batchId).get("drop 1"), "DELETE").status())
        .isEqualTo(200);
    ListedCounts.assertReal(user, batchId);
  }

  @AfterEach
  void noDelay() {
    scripted.delay(Duration.ZERO);
  }

  private static String submit(Api user, String... keywords) {
    String items =
        Arrays.stream(keywords).map(k -> "\"" + k + "\"").collect(Collectors.joining(", "));
    var submitted =
        user.post(
            "/api/articles/bulk",
            "application/json",
            "{\"settings\": {\"provider\": \"%s\"}, \"items\": [%s]}"
                .formatted(ScriptedGenerator.NAME, items));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
    return submitted.json().get("id").stringValue();
  }

  /** The batch's articles by keyword. */
  private static Map<String, String> articles(Api user, String batchId) {
    List<JsonNode> rows = new ArrayList<>();
    user.get("/api/articles/queue/" + batchId + "?size=100")
        .json()
        .get("items")
        .get("content")
        .forEach(rows::add);
    return rows.stream()
        .collect(
            Collectors.toMap(a -> a.get("keyword").stringValue(), a -> a.get("id").stringValue()));
  }

  private static Api.Response act(Api user, String batchId, String articleId, String action) {
    return user.post(
        "/api/articles/queue/" + batchId + "/actions",
        "application/json",
        "{\"articleIds\": [\"%s\"], \"action\": \"%s\"}".formatted(articleId, action));
  }

  private static String statusOf(Api user, String batchId) {
    return user.get("/api/articles/queue/" + batchId).json().get("status").stringValue();
  }

  private static void awaitStatus(Api user, String batchId, String status) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> statusOf(user, batchId), status::equals);
  }
}
