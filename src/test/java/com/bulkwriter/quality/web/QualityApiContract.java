package com.bulkwriter.quality.web;

import static com.bulkwriter.quality.QualityApi.failed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.quality.QualityApi;
import com.bulkwriter.quality.internal.Fixture;
import com.bulkwriter.support.ApiTest;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quality checks over real HTTP: computed moments after the queue writes an article (by the quality
 * runner) and again on every edit, summed up per batch, filtered by check, and "Regenerate the
 * articles that fail" through the review module's bulk actions. Runs on every database (see the
 * subclasses).
 */
abstract class QualityApiContract extends ApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void everyWrittenArticleIsCheckedAndTheBatchSummaryListsEveryCheck() {
    List<String> ids = writtenBatch("best hiking boots", "trail running shoes");

    JsonNode summary = admin.get("/api/articles/queue/" + batchOf(ids.get(0)) + "/quality").json();
    JsonNode article = admin.get("/api/articles/" + ids.get(0) + "/quality").json();

    assertThat(summary.get("checked").longValue()).isEqualTo(2);
    assertThat(summary.get("pending").longValue()).isZero();
    assertThat(summary.get("checks")).hasSize(12);
    assertThat(summary.get("checks").get(0).get("check").stringValue()).isEqualTo("LENGTH");
    assertThat(summary.get("checks").get(0).get("label").stringValue()).isEqualTo("Length");
    assertThat(article.get("checkedAt").isNull()).isFalse();
    assertThat(article.get("pending").booleanValue()).isFalse();
    assertThat(article.get("version").intValue()).isEqualTo(1);
    assertThat(article.get("checks")).hasSize(12);
    assertThat(article.get("formula").stringValue()).isEqualTo("Flesch reading ease");
  }

  @Test
  void anEditIsCheckedAgainAndTheFilterFindsTheArticlesFailingACheck() {
    List<String> ids = writtenBatch("best hiking boots", "trail running shoes");
    String batchId = batchOf(ids.get(0));

    save(ids.get(0), 1, Fixture.load("en-hiking-boots.md"));
    JsonNode good = admin.get("/api/articles/" + ids.get(0) + "/quality").json();
    save(ids.get(0), 2, Fixture.load("en-hard-article.md"));
    JsonNode poor = admin.get("/api/articles/" + ids.get(0) + "/quality").json();
    JsonNode failing =
        admin.get("/api/articles/queue/" + batchId + "/quality/articles?fails=headings").json();
    JsonNode summary = admin.get("/api/articles/queue/" + batchId + "/quality").json();

    assertThat(failed(good)).isEmpty();
    assertThat(good.get("version").intValue()).isEqualTo(2);
    assertThat(failed(poor))
        .contains("TITLE_LENGTH", "HEADINGS", "REPETITION", "READABILITY", "KEYWORD_IN_TITLE");
    assertThat(poor.get("version").intValue()).isEqualTo(3);
    assertThat(failing.get("totalElements").longValue()).isEqualTo(1);
    JsonNode row = failing.get("content").get(0);
    assertThat(row.get("id").stringValue()).isEqualTo(ids.get(0));
    assertThat(row.get("keyword").stringValue()).isEqualTo("best hiking boots");
    List<String> badges = new ArrayList<>();
    row.get("failures").forEach(f -> badges.add(f.get("check").stringValue()));
    assertThat(badges).contains("HEADINGS", "TITLE_LENGTH");
    assertThat(count(summary, "HEADINGS")).isEqualTo(1);
    assertThat(summary.get("failing").longValue()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void twoArticlesWithTheSameTextAreNearDuplicatesUntilOneOfThemChanges() {
    List<String> ids = writtenBatch("best hiking boots", "hiking boots for beginners");
    String batchId = batchOf(ids.get(0));

    save(ids.get(0), 1, Fixture.load("en-hiking-boots.md"));
    save(ids.get(1), 1, Fixture.load("en-hiking-boots.md"));
    JsonNode first = admin.get("/api/articles/" + ids.get(0) + "/quality").json();
    JsonNode second = admin.get("/api/articles/" + ids.get(1) + "/quality").json();
    long duplicates =
        count(admin.get("/api/articles/queue/" + batchId + "/quality").json(), "NEAR_DUPLICATE");
    save(ids.get(1), 2, Fixture.load("pt-botas.md"));
    JsonNode after = admin.get("/api/articles/" + ids.get(0) + "/quality").json();

    assertThat(failed(first)).contains("NEAR_DUPLICATE");
    assertThat(failed(second)).contains("NEAR_DUPLICATE");
    assertThat(first.get("nearDuplicates").get(0).get("articleId").stringValue())
        .isEqualTo(ids.get(1));
    assertThat(first.get("nearDuplicates").get(0).get("similarity").doubleValue()).isEqualTo(1.0);
    assertThat(duplicates).isEqualTo(2);
    assertThat(failed(after)).doesNotContain("NEAR_DUPLICATE");
    assertThat(after.get("nearDuplicates")).isEmpty();
  }

  @Test
  void regenerateTheArticlesThatFailIsABulkActionWithTheQualityFilter() {
    List<String> ids = writtenBatch("best hiking boots", "trail running shoes");
    String batchId = batchOf(ids.get(0));
    save(ids.get(0), 1, Fixture.load("en-hard-article.md"));
    save(ids.get(1), 1, Fixture.load("en-hiking-boots.md"));

    var action =
        admin.post(
            "/api/articles/queue/" + batchId + "/actions",
            "application/json",
            "{\"action\": \"REGENERATE\", \"filter\": {\"fails\": \"HEADINGS\"}}");

    assertThat(action.status()).isEqualTo(200);
    assertThat(action.json().get("total").intValue()).isEqualTo(1);
    assertThat(action.json().get("changed").intValue()).isEqualTo(1);
    // the regenerated one is written again by the offline engine and checked again: version 3
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> admin.get("/api/articles/" + ids.get(0) + "/quality").json(),
            q -> !q.get("version").isNull() && q.get("version").intValue() == 3);
    assertThat(admin.get("/api/articles/" + ids.get(1)).json().get("version").intValue())
        .isEqualTo(2);
  }

  @Test
  void anUnknownCheckIsAProblemNamingTheFieldAndNothingIsQueued() {
    List<String> ids = writtenBatch("best hiking boots");
    String batchId = batchOf(ids.get(0));

    var list = admin.get("/api/articles/queue/" + batchId + "/quality/articles?fails=SPELLING");
    var action =
        admin.post(
            "/api/articles/queue/" + batchId + "/actions",
            "application/json",
            "{\"action\": \"REGENERATE\", \"filter\": {\"fails\": \"SPELLING\"}}");

    assertThat(list.status()).isEqualTo(400);
    assertThat(list.header("Content-Type")).startsWith("application/problem+json");
    assertThat(list.json().get("errors").get(0).get("field").stringValue()).isEqualTo("fails");
    assertThat(action.status()).isEqualTo(400);
    assertThat(action.json().get("errors").get(0).get("field").stringValue())
        .isEqualTo("filter.fails");
    assertThat(admin.get("/api/articles/" + ids.get(0)).json().get("status").stringValue())
        .isEqualTo("SUCCEEDED");
  }

  // --- helpers

  private static long count(JsonNode summary, String check) {
    for (JsonNode c : summary.get("checks")) {
      if (c.get("check").stringValue().equals(check)) {
        return c.get("failing").longValue();
      }
    }
    throw new AssertionError("no check " + check);
  }

  private String batchOf(String articleId) {
    return admin.get("/api/articles/" + articleId).json().get("batchId").stringValue();
  }

  /** Saves the fixture's content as the article's next version after {@code version}. */
  private void save(String id, int version, Fixture fixture) {
    Map<String, Object> edit = new HashMap<>();
    edit.put("title", fixture.title());
    edit.put("slug", fixture.slug());
    edit.put("metaDescription", fixture.meta());
    edit.put("markdown", fixture.markdown());
    var response =
        admin.send(
            HttpRequest.newBuilder(admin.uri("/api/articles/" + id))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"" + version + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(edit))));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  /** Submits a batch of 150-word English articles; waits until all are written and checked. */
  private List<String> writtenBatch(String... keywords) {
    String batchId = QualityApi.writtenBatch(admin, List.of(keywords));
    List<String> ids = QualityApi.articleIds(admin, batchId);
    // the quality runner checks them moments after they were written
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> admin.get("/api/articles/queue/" + batchId + "/quality").json(),
            q -> q.get("pending").longValue() == 0 && q.get("checked").longValue() == ids.size());
    return ids;
  }
}
