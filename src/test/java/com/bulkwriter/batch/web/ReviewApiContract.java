package com.bulkwriter.batch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.support.Api;
import com.bulkwriter.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reviews and bulk actions over real HTTP, the same on every database (see the subclasses). Bulk
 * actions on more than 3 articles run in the background here; each test acts as a user of its own,
 * whose daily limit is 12 articles.
 */
@TestPropertySource(
    properties = {
      "bulkwriter.batch.bulk-inline-limit=3",
      "bulkwriter.batch.bulk-chunk=2",
      "bulkwriter.batch.bulk-poll-interval=100ms",
      "bulkwriter.security.max-articles-per-day=12"
    })
abstract class ReviewApiContract extends ApiTest {

  private static final AtomicInteger USERS = new AtomicInteger();

  @Autowired JdbcClient jdbc;

  @Test
  void anArticleIsApprovedOrRejectedWithANoteAndTheListFiltersByReviewState() {
    Api user = user();
    String batchId = completedBatch(user, "espresso", "cold brew", "latte art");
    List<String> ids = ids(user, batchId);

    var approved = review(user, ids.get(0), "APPROVED", null);
    var rejected = review(user, ids.get(1), "rejected", "Too vague about grind size");

    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.json().get("review").get("state").stringValue()).isEqualTo("APPROVED");
    assertThat(approved.json().get("review").get("by").stringValue()).startsWith("reviewer-");
    assertThat(approved.json().get("review").get("at").isNull()).isFalse();
    assertThat(rejected.json().get("review").get("state").stringValue()).isEqualTo("REJECTED");
    assertThat(rejected.json().get("review").get("note").stringValue())
        .isEqualTo("Too vague about grind size");
    JsonNode onlyRejected = user.get("/api/articles/queue/" + batchId + "?review=REJECTED").json();
    assertThat(onlyRejected.get("items").get("totalElements").intValue()).isEqualTo(1);
    JsonNode row = onlyRejected.get("items").get("content").get(0);
    assertThat(row.get("id").stringValue()).isEqualTo(ids.get(1));
    assertThat(row.get("reviewState").stringValue()).isEqualTo("REJECTED");
    assertThat(row.get("reviewNote").stringValue()).isEqualTo("Too vague about grind size");
    JsonNode unreviewed =
        user.get("/api/articles/queue/" + batchId + "?review=UNREVIEWED&q=LATTE").json();
    assertThat(unreviewed.get("items").get("totalElements").intValue()).isEqualTo(1);
    assertThat(unreviewed.get("items").get("content").get(0).get("keyword").stringValue())
        .isEqualTo("latte art");
  }

  @Test
  void aRejectionWithoutANoteAnUnknownStateAndAnotherUsersArticleAreRefused() {
    Api user = user();
    String batchId = completedBatch(user, "french press");
    String id = ids(user, batchId).getFirst();

    var noNote = review(user, id, "REJECTED", "  ");
    var unknown = review(user, id, "MAYBE", null);
    var badFilter = user.get("/api/articles/queue/" + batchId + "?review=MAYBE");
    var stranger = review(user(), id, "APPROVED", null);

    assertThat(noNote.status()).isEqualTo(400);
    assertThat(noNote.header("Content-Type")).startsWith("application/problem+json");
    assertThat(noNote.json().get("errors").get(0).get("field").stringValue()).isEqualTo("note");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").get(0).get("field").stringValue()).isEqualTo("state");
    assertThat(badFilter.status()).isEqualTo(400);
    assertThat(badFilter.json().get("errors").get(0).get("field").stringValue())
        .isEqualTo("review");
    assertThat(stranger.status()).isEqualTo(404);
    assertThat(review(admin, id, "APPROVED", null).status()).isEqualTo(200);
    assertThat(article(user, id).get("review").get("state").stringValue()).isEqualTo("APPROVED");
  }

  @Test
  void regeneratingAReviewedArticleMakesItUnreviewedAgain() {
    Api user = user();
    String batchId = completedBatch(user, "moka pot");
    String id = ids(user, batchId).getFirst();
    review(user, id, "REJECTED", "Needs a safety section");

    assertThat(user.post("/api/articles/" + id + "/regenerate").status()).isEqualTo(200);
    awaitCompleted(user, batchId);

    JsonNode article = article(user, id);
    assertThat(article.get("status").stringValue()).isEqualTo("SUCCEEDED");
    assertThat(article.get("review").get("state").stringValue()).isEqualTo("UNREVIEWED");
    assertThat(article.get("review").get("note").isNull()).isTrue();
  }

  @Test
  void approvingTheTickedArticlesRunsAtOnceAndApprovesOnlyThose() {
    Api user = user();
    String batchId = completedBatch(user, "aeropress", "siphon", "pour over");
    List<String> ids = ids(user, batchId);

    var response = act(user, batchId, ids(ids.get(0), ids.get(2)) + ", \"action\": \"approve\"");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("status").stringValue()).isEqualTo("SUCCEEDED");
    assertThat(response.json().get("changed").intValue()).isEqualTo(2);
    assertThat(reviewStates(user, batchId)).containsExactly("APPROVED", "UNREVIEWED", "APPROVED");
  }

  @Test
  void aBadBulkActionNamesEveryBadFieldAndChangesNothing() {
    Api user = user();
    String batchId = completedBatch(user, "chemex", "turkish coffee");
    List<String> ids = ids(user, batchId);

    var response =
        act(
            user,
            batchId,
            "\"action\": \"REJECT\", \"articleIds\": [\"%s\", \"not-an-id\", \"%s\"]"
                    .formatted(ids.get(0), UUID.randomUUID())
                + ", \"changes\": {\"wordCount\": 5}");
    var neither = act(user, batchId, "\"action\": \"APPROVE\"");
    var unknown = act(user, batchId, "\"action\": \"PUBLISH\", \"filter\": {}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(fields(response))
        .containsExactlyInAnyOrder("note", "changes", "articleIds[1]", "articleIds[2]");
    assertThat(fields(neither)).containsExactly("articleIds");
    assertThat(fields(unknown)).containsExactly("action");
    assertThat(reviewStates(user, batchId)).containsOnly("UNREVIEWED");
  }

  @Test
  void aLargeSelectionRunsInTheBackgroundWithProgressAndAFinalResult() {
    Api user = user();
    String batchId = completedBatch(user, "one", "two", "three", "four", "five");

    var response =
        act(user, batchId, "\"action\": \"REJECT\", \"note\": \"Off brand\", \"filter\": {}");

    assertThat(response.status()).isEqualTo(202);
    assertThat(response.json().get("status").stringValue()).isEqualTo("QUEUED");
    assertThat(response.json().get("total").intValue()).isEqualTo(5);
    String actionId = response.json().get("id").stringValue();
    JsonNode done = awaitAction(user, batchId, actionId);
    assertThat(done.get("status").stringValue()).isEqualTo("SUCCEEDED");
    assertThat(done.get("processed").intValue()).isEqualTo(5);
    assertThat(done.get("changed").intValue()).isEqualTo(5);
    assertThat(done.get("progress").doubleValue()).isEqualTo(100.0);
    assertThat(reviewStates(user, batchId)).containsOnly("REJECTED");
    // its progress reaches the batch's live watchers: a BULK_ACTION event per chunk (2, 4, 5)
    List<String> told =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> {
                  List<String> figures = new ArrayList<>();
                  user.get("/api/articles/queue/" + batchId + "/events?after=0")
                      .json()
                      .forEach(
                          event -> {
                            if ("BULK_ACTION".equals(event.get("kind").stringValue())) {
                              JsonNode action = event.get("bulkAction");
                              figures.add(
                                  action.get("status").stringValue()
                                      + " "
                                      + action.get("processed").intValue()
                                      + " "
                                      + action.get("progress").doubleValue());
                            }
                          });
                  return figures;
                },
                figures -> figures.size() >= 4);
    assertThat(told)
        .containsExactly(
            "RUNNING 2 40.0", "RUNNING 4 80.0", "RUNNING 5 100.0", "SUCCEEDED 5 100.0");
  }

  @Test
  void aBackgroundActionWhoseNodeStoppedIsTakenOverAfterItsLastChunk() throws Exception {
    Api user = user();
    String batchId = completedBatch(user, "alpha", "beta", "gamma");
    List<String> ids = ids(user, batchId);
    UUID actionId = UUID.randomUUID();
    // a node took the action, approved the first article (processed 1) and died
    OffsetDateTime past = OffsetDateTime.now().minusMinutes(5);
    jdbc.sql(
            "INSERT INTO bulk_actions (id, owner, batch_id, action, parameters, article_ids,"
                + " status, total, processed, changed, skipped, lease_owner, lease_expires_at,"
                + " created_at, updated_at) VALUES (:id, 'admin', :batchId, 'APPROVE',"
                + " '{\"note\": null, \"changes\": null}', :ids, 'RUNNING', 3, 1, 1, 0,"
                + " 'dead-node', :past, :past, :past)")
        .param("id", actionId)
        .param("batchId", UUID.fromString(batchId))
        .param("ids", JsonMapper.builder().build().writeValueAsString(ids))
        .param("past", past)
        .update();

    JsonNode done = awaitAction(user, batchId, actionId.toString());

    assertThat(done.get("status").stringValue()).isEqualTo("SUCCEEDED");
    assertThat(done.get("changed").intValue()).isEqualTo(3);
    // the first was the dead node's to do: it is not done twice
    assertThat(reviewStates(user, batchId)).containsExactly("UNREVIEWED", "APPROVED", "APPROVED");
  }

  @Test
  void deletingArticlesKeepsTheBatchsTotalsAndProgressTrue() {
    Api user = user();
    String batchId = completedBatch(user, "keep", "drop one", "drop two");
    List<String> ids = ids(user, batchId);

    var response = act(user, batchId, ids(ids.get(1), ids.get(2)) + ", \"action\": \"DELETE\"");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("changed").intValue()).isEqualTo(2);
    JsonNode batch = user.get("/api/articles/queue/" + batchId).json();
    assertThat(batch.get("counts").get("total").intValue()).isEqualTo(1);
    assertThat(batch.get("counts").get("succeeded").intValue()).isEqualTo(1);
    assertThat(batch.get("progress").doubleValue()).isEqualTo(100.0);
    assertThat(ids(user, batchId)).containsExactly(ids.get(0));
    assertThat(user.get("/api/articles/" + ids.get(1)).status()).isEqualTo(404);
  }

  @Test
  void aBulkRegenerateWritesTheArticlesAgainWithTheChangedLength() {
    Api user = user();
    String batchId = completedBatch(user, "latte", "mocha");
    List<String> ids = ids(user, batchId);
    review(user, ids.get(0), "APPROVED", null);

    var response =
        act(
            user,
            batchId,
            ids(ids.get(0))
                + ", \"action\": \"REGENERATE\", \"changes\": {\"wordCount\": 600, \"tone\":"
                + " \"Casual\"}");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("changed").intValue()).isEqualTo(1);
    awaitCompleted(user, batchId);
    JsonNode again = article(user, ids.get(0));
    assertThat(again.get("status").stringValue()).isEqualTo("SUCCEEDED");
    assertThat(again.get("wordCount").intValue()).isBetween(540, 660);
    assertThat(again.get("review").get("state").stringValue()).isEqualTo("UNREVIEWED");
    assertThat(article(user, ids.get(1)).get("wordCount").intValue()).isBetween(180, 220);
  }

  @Test
  void aBulkRegenerateOverTheDailyLimitIsA429AndQueuesNothing() {
    Api user = user();
    String batchId = completedBatch(user, "a", "b", "c", "d", "e", "f", "g");

    var response = act(user, batchId, "\"action\": \"REGENERATE\", \"filter\": {}");

    assertThat(response.status()).isEqualTo(429);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("limit").stringValue())
        .isEqualTo("bulkwriter.security.max-articles-per-day");
    JsonNode batch = user.get("/api/articles/queue/" + batchId).json();
    assertThat(batch.get("status").stringValue()).isEqualTo("COMPLETED");
    assertThat(batch.get("counts").get("succeeded").intValue()).isEqualTo(7);
  }

  @Test
  void anExportLimitedToApprovedArticlesListsTheOthersWithWhyTheyWereLeftOut() {
    Api user = user();
    ExportClient exports = new ExportClient(user);
    String batchId = exports.completedBatch("Review export", "approved one", "rejected one", "new");
    List<String> ids = ids(user, batchId);
    review(user, ids.get(0), "APPROVED", null);
    review(user, ids.get(1), "REJECTED", "Wrong facts");

    var started =
        exports.start(
            "{\"batchIds\": [\"%s\"], \"formats\": [\"md\"], \"approvedOnly\": true}"
                .formatted(batchId));

    assertThat(started.status()).isEqualTo(202);
    String exportId = started.json().get("id").stringValue();
    assertThat(exports.awaitFinished(exportId).get("status").stringValue()).isEqualTo("SUCCEEDED");
    var files = ExportClient.unzip(exports.download(exportId).body());
    assertThat(files.keySet().stream().filter(name -> name.endsWith(".md")).toList())
        .singleElement()
        .satisfies(name -> assertThat(name).endsWith("/approved-one.md"));
    JsonNode manifest =
        JsonMapper.builder()
            .build()
            .readTree(new String(files.get("manifest.json"), StandardCharsets.UTF_8));
    List<String> notes = new ArrayList<>();
    manifest
        .get("articles")
        .forEach(a -> notes.add(a.get("note").isNull() ? "null" : a.get("note").stringValue()));
    assertThat(notes)
        .containsExactly(
            "null", "left out: rejected (Wrong facts)", "left out: not approved (unreviewed)");
  }

  @Test
  void anExportLimitedToApprovedArticlesWithNoneApprovedIsRefusedNamingTheField() {
    Api user = user();
    String batchId = completedBatch(user, "nothing approved");

    var refused =
        user.post(
            "/api/exports",
            "application/json",
            "{\"batchIds\": [\"%s\"], \"formats\": [\"md\"], \"approvedOnly\": true}"
                .formatted(batchId));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(fields(refused)).containsExactly("approvedOnly");
  }

  @Test
  void anExportOfAllMatchingTheFilterTakesOnlyTheArticlesTheReviewAndSearchFiltersShow() {
    Api user = user();
    String batchId = completedBatch(user, "red shoes", "red hats", "blue shoes");
    List<String> ids = ids(user, batchId);
    review(user, ids.get(0), "REJECTED", "Too short");
    review(user, ids.get(2), "REJECTED", "Off topic");
    var exports = new ExportClient(user);

    var started =
        exports.start(
            "{\"batchIds\": [\"%s\"], \"formats\": [\"md\"],".formatted(batchId)
                + " \"filter\": {\"review\": \"rejected\", \"search\": \"SHOES\"}}");

    assertThat(started.status()).isEqualTo(202);
    String exportId = started.json().get("id").stringValue();
    assertThat(exports.awaitFinished(exportId).get("status").stringValue()).isEqualTo("SUCCEEDED");
    assertThat(
            ExportClient.unzip(exports.download(exportId).body()).keySet().stream()
                .filter(name -> name.endsWith(".md"))
                .map(name -> name.substring(name.lastIndexOf('/') + 1))
                .sorted()
                .toList())
        .containsExactly("blue-shoes-explained.md", "red-shoes-explained.md");
  }

  @Test
  void anExportFilterThatIsWrongOrMatchesNothingIsRefusedNamingTheField() {
    Api user = user();
    String batchId = completedBatch(user, "green tea");
    String body = "{\"batchIds\": [\"%s\"], \"formats\": [\"md\"], \"filter\": %s}";

    var unknown =
        user.post(
            "/api/exports", "application/json", body.formatted(batchId, "{\"review\": \"maybe\"}"));
    var nothing =
        user.post(
            "/api/exports",
            "application/json",
            body.formatted(batchId, "{\"search\": \"coffee\"}"));
    var both =
        user.post(
            "/api/exports",
            "application/json",
            "{\"batchIds\": [\"%s\"], \"articleIds\": [], \"formats\": [\"md\"], \"filter\": {}}"
                .formatted(batchId));

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(fields(unknown)).containsExactly("filter.review");
    assertThat(nothing.status()).isEqualTo(400);
    assertThat(fields(nothing)).containsExactly("filter");
    assertThat(both.status()).isEqualTo(400);
    assertThat(fields(both)).contains("filter");
  }

  // --- helpers

  private Api user() {
    return admin.newUser(
        "reviewer-" + USERS.incrementAndGet() + "-" + getClass().getSimpleName().toLowerCase());
  }

  private static String completedBatch(Api user, String... keywords) {
    StringBuilder items = new StringBuilder();
    for (String keyword : keywords) {
      items.append(items.isEmpty() ? "" : ", ").append('"').append(keyword).append('"');
    }
    var submitted =
        user.post(
            "/api/articles/bulk",
            "application/json",
            "{\"settings\": {\"wordCount\": 200}, \"items\": [" + items + "]}");
    assertThat(submitted.status()).isEqualTo(202);
    String id = submitted.json().get("id").stringValue();
    awaitCompleted(user, id);
    return id;
  }

  private static void awaitCompleted(Api user, String batchId) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> user.get("/api/articles/queue/" + batchId).json().get("status").stringValue(),
            "COMPLETED"::equals);
  }

  private static List<String> ids(Api user, String batchId) {
    List<String> ids = new ArrayList<>();
    user.get("/api/articles/queue/" + batchId + "?size=100")
        .json()
        .get("items")
        .get("content")
        .forEach(a -> ids.add(a.get("id").stringValue()));
    return ids;
  }

  private static List<String> reviewStates(Api user, String batchId) {
    List<String> states = new ArrayList<>();
    user.get("/api/articles/queue/" + batchId + "?size=100")
        .json()
        .get("items")
        .get("content")
        .forEach(a -> states.add(a.get("reviewState").stringValue()));
    return states;
  }

  private static String ids(String... ids) {
    return "\"articleIds\": [\"" + String.join("\", \"", ids) + "\"]";
  }

  private static Api.Response review(Api user, String articleId, String state, String note) {
    String body =
        note == null
            ? "{\"state\": \"%s\"}".formatted(state)
            : "{\"state\": \"%s\", \"note\": \"%s\"}".formatted(state, note);
    return user.post("/api/articles/" + articleId + "/review", "application/json", body);
  }

  private static Api.Response act(Api user, String batchId, String members) {
    return user.post(
        "/api/articles/queue/" + batchId + "/actions", "application/json", "{" + members + "}");
  }

  private static JsonNode article(Api user, String id) {
    return user.get("/api/articles/" + id).json();
  }

  private static JsonNode awaitAction(Api user, String batchId, String actionId) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              for (JsonNode action :
                  user.get("/api/articles/queue/" + batchId + "/actions").json()) {
                if (action.get("id").stringValue().equals(actionId)) {
                  return action;
                }
              }
              return null;
            },
            action ->
                action != null && action.get("status").stringValue().matches("SUCCEEDED|FAILED"));
  }

  private static List<String> fields(Api.Response response) {
    List<String> fields = new ArrayList<>();
    response.json().path("errors").forEach(e -> fields.add(e.get("field").stringValue()));
    return fields;
  }
}
