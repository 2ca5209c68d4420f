package com.bulkwriter.editing.web;

import static com.bulkwriter.support.Latches.awaitQuietly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.ApiTest;
import com.bulkwriter.support.sql.SqlTime;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editing an article over real HTTP: versions, ETag / If-Match, validation, diff, restore, and what
 * a regenerate does to the history. Runs on every database (see the subclasses). Articles take 300
 * ms each, so a regenerated one is still being written when the test looks.
 */
@TestPropertySource(properties = "bulkwriter.offline.delay=300ms")
abstract class ArticleEditingApiContract extends ApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;

  @Test
  void aWrittenArticleIsVersionOneAndItsETagSaysSo() {
    String id = writtenArticle("espresso at home");

    var article = admin.get("/api/articles/" + id);
    var versions = admin.get("/api/articles/" + id + "/versions").json();

    assertThat(article.header("ETag")).isEqualTo("\"1\"");
    assertThat(article.json().get("version").intValue()).isEqualTo(1);
    assertThat(versions).hasSize(1);
    assertThat(versions.get(0).get("version").intValue()).isEqualTo(1);
    assertThat(versions.get(0).get("reason").stringValue()).isEqualTo("GENERATED");
    assertThat(versions.get(0).get("author").isNull()).isTrue();
    assertThat(versions.get(0).get("title").stringValue())
        .isEqualTo(article.json().get("title").stringValue());
  }

  @Test
  void aSaveIsTheNextVersionWithItsWordsCountedAgainAndTheArticleShowsIt() {
    String id = writtenArticle("cold brew");

    var saved =
        put(
            id,
            "\"1\"",
            edit(
                "Cold brew, slowly",
                "cold-brew-slowly",
                "Steep it overnight.",
                "# Cold brew\n\nSteep coarse coffee **overnight** in cold water.\n"));

    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.header("ETag")).isEqualTo("\"2\"");
    JsonNode version = saved.json();
    assertThat(version.get("version").intValue()).isEqualTo(2);
    assertThat(version.get("reason").stringValue()).isEqualTo("EDITED");
    assertThat(version.get("author").stringValue()).isEqualTo(Api.ADMIN);
    assertThat(version.get("wordCount").intValue()).isEqualTo(9);
    var article = admin.get("/api/articles/" + id);
    assertThat(article.header("ETag")).isEqualTo("\"2\"");
    assertThat(article.json().get("title").stringValue()).isEqualTo("Cold brew, slowly");
    assertThat(article.json().get("slug").stringValue()).isEqualTo("cold-brew-slowly");
    assertThat(article.json().get("metaDescription").stringValue())
        .isEqualTo("Steep it overnight.");
    assertThat(article.json().get("markdown").stringValue()).contains("**overnight**");
    assertThat(article.json().get("wordCount").intValue()).isEqualTo(9);
    var versions = admin.get("/api/articles/" + id + "/versions").json();
    assertThat(versions.get(0).get("reason").stringValue()).isEqualTo("EDITED");
    assertThat(versions.get(1).get("reason").stringValue()).isEqualTo("GENERATED");
    // a save that changes nothing makes no version
    var same =
        put(
            id,
            "\"2\"",
            edit(
                "Cold brew, slowly",
                "cold-brew-slowly",
                "Steep it overnight.",
                "# Cold brew\n\nSteep coarse coffee **overnight** in cold water.\n"));
    assertThat(same.header("ETag")).isEqualTo("\"2\"");
    assertThat(admin.get("/api/articles/" + id + "/versions").json()).hasSize(2);
  }

  @Test
  void withoutIfMatchASaveIs428AndFromAnOldVersionIs412CarryingTheCurrentOneAndNothingIsSaved() {
    String id = writtenArticle("moka pot");
    assertThat(put(id, "\"1\"", edit("Mine", "mine", "", "Mine first.")).status()).isEqualTo(200);

    var missing = put(id, null, edit("Theirs", "theirs", "", "Theirs."));
    var stale = put(id, "\"1\"", edit("Theirs", "theirs", "", "Theirs."));

    assertThat(missing.status()).isEqualTo(428);
    assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
    assertThat(stale.header("ETag")).isEqualTo("\"2\"");
    assertThat(stale.json().get("currentVersion").intValue()).isEqualTo(2);
    assertThat(stale.json().get("current").get("title").stringValue()).isEqualTo("Mine");
    assertThat(stale.json().get("detail").stringValue()).contains("version 1", "is 2");
    assertThat(admin.get("/api/articles/" + id).json().get("title").stringValue())
        .isEqualTo("Mine");
    // overwriting: the same save again with the ETag the 412 gave
    var overwrite = put(id, stale.header("ETag"), edit("Theirs", "theirs", "", "Theirs."));
    assertThat(overwrite.status()).isEqualTo(200);
    assertThat(overwrite.header("ETag")).isEqualTo("\"3\"");
  }

  @Test
  void badFieldsAreRefusedNamingEachFieldAndNothingIsSaved() {
    String id = writtenArticle("french press");
    String before = admin.get("/api/articles/" + id).body();

    var refused =
        put(id, "\"1\"", edit("Bell \u0007 title", "Not A Slug", "m".repeat(201), "Body\u0000"));
    var blank = put(id, "\"1\"", edit(" ", "", null, "  \n"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(fields(refused.json()))
        .containsExactlyInAnyOrder("title", "slug", "metaDescription", "markdown");
    assertThat(refused.json().get("errors").toString()).contains("U+0007", "U+0000", "lowercase");
    assertThat(fields(blank.json())).containsExactlyInAnyOrder("title", "slug", "markdown");
    assertThat(admin.get("/api/articles/" + id).body()).isEqualTo(before);
    assertThat(admin.get("/api/articles/" + id + "/versions").json()).hasSize(1);
  }

  @Test
  void theDiffShowsWhatChangedAndARestoreBringsAnOldVersionBackAsANewOne() {
    String id = writtenArticle("aeropress");
    JsonNode first = admin.get("/api/articles/" + id + "/versions/1").json();
    String body = first.get("markdown").stringValue();
    put(
        id,
        "\"1\"",
        edit(
            "AeroPress tricks",
            first.get("slug").stringValue(),
            null,
            body + "\nOne more line.\n"));

    JsonNode diff = admin.get("/api/articles/" + id + "/diff?from=1&to=2").json();
    JsonNode latest = admin.get("/api/articles/" + id + "/diff").json();
    var restored = restore(id, 1, "\"2\"");

    assertThat(diff.get("from").intValue()).isEqualTo(1);
    assertThat(diff.get("to").intValue()).isEqualTo(2);
    assertThat(diff.get("fields").get(0).get("field").stringValue()).isEqualTo("title");
    assertThat(diff.get("fields").get(0).get("after").stringValue()).isEqualTo("AeroPress tricks");
    assertThat(diff.get("added").intValue()).isPositive();
    List<String> added = new ArrayList<>();
    diff.get("lines")
        .forEach(
            line -> {
              if (line.get("kind").stringValue().equals("ADDED")) {
                added.add(line.get("text").stringValue());
              }
            });
    assertThat(added).contains("One more line.");
    assertThat(latest.get("from").intValue()).isEqualTo(1);
    assertThat(restored.status()).isEqualTo(200);
    assertThat(restored.header("ETag")).isEqualTo("\"3\"");
    assertThat(restored.json().get("reason").stringValue()).isEqualTo("RESTORED");
    assertThat(restored.json().get("restoredFrom").intValue()).isEqualTo(1);
    JsonNode article = admin.get("/api/articles/" + id).json();
    assertThat(article.get("markdown").stringValue()).isEqualTo(body);
    assertThat(article.get("title").stringValue()).isEqualTo(first.get("title").stringValue());
    assertThat(admin.get("/api/articles/" + id + "/versions").json()).hasSize(3);
    assertThat(restore(id, 1, null).status()).isEqualTo(428);
    assertThat(restore(id, 1, "\"2\"").status()).isEqualTo(412);
    assertThat(restore(id, 9, "\"3\"").status()).isEqualTo(404);
    assertThat(admin.get("/api/articles/" + id + "/versions/9").status()).isEqualTo(404);
  }

  @Test
  void anArticleBeingRegeneratedCannotBeEditedAndItsNewTextIsTheNextVersion() {
    String id = writtenArticle("pour over");
    put(id, "\"1\"", edit("Pour over by hand", "pour-over-by-hand", null, "Hand written."));
    assertThat(admin.post("/api/articles/" + id + "/regenerate").status()).isEqualTo(200);

    var whileWriting = put(id, "\"2\"", edit("Too early", "too-early", null, "Too early."));

    assertThat(whileWriting.status()).isEqualTo(409);
    assertThat(whileWriting.json().get("detail").stringValue()).contains("being written");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> admin.get("/api/articles/" + id).json().get("status").stringValue(),
            "SUCCEEDED"::equals);
    var versions = admin.get("/api/articles/" + id + "/versions").json();
    assertThat(versions).hasSize(3);
    assertThat(versions.get(0).get("reason").stringValue()).isEqualTo("REGENERATED");
    assertThat(versions.get(1).get("title").stringValue()).isEqualTo("Pour over by hand");
    assertThat(admin.get("/api/articles/" + id).header("ETag")).isEqualTo("\"3\"");
  }

  @Test
  void aSaveIsALiveEventOfTheArticlesBatchWithItsNewTitleAndLength() {
    String id = writtenArticle("siphon coffee");
    String batchId = admin.get("/api/articles/" + id).json().get("batchId").stringValue();

    put(id, "\"1\"", edit("Siphon, live", "siphon-live", null, "Three words here."));

    JsonNode event =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> articleEvent(batchId, id, "Siphon, live"), found -> found != null);
    assertThat(event.get("status").stringValue()).isEqualTo("SUCCEEDED");
    assertThat(event.get("wordCount").intValue()).isEqualTo(3);
  }

  @Test
  void anotherUsersArticleIsNotFoundWhateverTheyAskAndAnAdminMayEditAnyone() {
    Api dora = admin.newUser("dora-" + System.nanoTime() % 100_000);
    String id = writtenArticle(dora, "chemex");

    var byAdmin = put(admin, id, "\"1\"", edit("Edited by an admin", "by-admin", null, "Admin."));
    Api eve = admin.newUser("eve-" + System.nanoTime() % 100_000);
    var byEve = put(eve, id, "\"2\"", edit("Eve's", "eves", null, "Eve."));

    assertThat(byAdmin.status()).isEqualTo(200);
    assertThat(byEve.status()).isEqualTo(404);
    assertThat(eve.get("/api/articles/" + id + "/versions").status()).isEqualTo(404);
    assertThat(dora.get("/api/articles/" + id).json().get("title").stringValue())
        .isEqualTo("Edited by an admin");
  }

  @Test
  void anEditThatMeetsTheChecksOfItsArticleLockingTheOtherWayIsSavedAllTheSame() throws Exception {
    String id = writtenArticle("turkish coffee");
    UUID articleId = UUID.fromString(id);
    await().atMost(Duration.ofSeconds(30)).until(() -> pendingChecks(articleId) == 0);
    // pending again, but not due for an hour: the node's own quality runner leaves it alone
    jdbc.sql(
            "INSERT INTO quality_pending (article_id, batch_id, queued_at)"
                + " SELECT id, batch_id, :due FROM articles WHERE id = :id")
        .param("due", SqlTime.time(Instant.now().plusSeconds(3600)))
        .param("id", articleId)
        .update();
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch editWaits = new CountDownLatch(1);
    // a transaction that holds the article's pending row and then needs the article (as the
    // quality runner's foreign key checks did before lock-article took FOR NO KEY UPDATE on
    // PostgreSQL); the edit holds the article, then takes the pending row: the database undoes one
    // side ("deadlock detected", usually the edit, which waited longer), and that one runs again
    Thread checks =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    transaction.executeWithoutResult(
                        tx -> {
                          jdbc.sql(
                                  "UPDATE quality_pending SET queued_at = queued_at"
                                      + " WHERE article_id = :id")
                              .param("id", articleId)
                              .update();
                          holding.countDown();
                          awaitQuietly(editWaits);
                          jdbc.sql("UPDATE articles SET attempts = attempts WHERE id = :id")
                              .param("id", articleId)
                              .update();
                        });
                  } catch (RuntimeException undone) {
                    // the database may undo this side instead: the runner checks it again later
                  }
                });
    assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      var saved =
          executor.submit(
              () -> put(id, "\"1\"", edit("Turkish coffee", "turkish-coffee", null, "Cezve.")));
      Thread.sleep(500); // the edit now holds the article and waits for the pending row
      editWaits.countDown();
      checks.join(30_000);

      assertThat(saved.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
    }
    var article = admin.get("/api/articles/" + id);
    assertThat(article.header("ETag")).isEqualTo("\"2\"");
    assertThat(article.json().get("markdown").stringValue()).isEqualTo("Cezve.");
    assertThat(pendingChecks(articleId)).as("the edit checked the article itself").isZero();
  }

  // --- helpers

  private long pendingChecks(UUID articleId) {
    return jdbc.sql("SELECT count(*) FROM quality_pending WHERE article_id = :id")
        .param("id", articleId)
        .query(Long.class)
        .single();
  }

  private static Map<String, Object> edit(String title, String slug, String meta, String body) {
    var edit = new java.util.HashMap<String, Object>();
    edit.put("title", title);
    edit.put("slug", slug);
    edit.put("metaDescription", meta);
    edit.put("markdown", body);
    return edit;
  }

  private Api.Response put(String id, String ifMatch, Map<String, Object> edit) {
    return put(admin, id, ifMatch, edit);
  }

  private static Api.Response put(Api as, String id, String ifMatch, Map<String, Object> edit) {
    var request =
        HttpRequest.newBuilder(as.uri("/api/articles/" + id))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(edit)));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return as.send(request);
  }

  private Api.Response restore(String id, int version, String ifMatch) {
    var request =
        HttpRequest.newBuilder(
                admin.uri("/api/articles/" + id + "/versions/" + version + "/restore"))
            .POST(HttpRequest.BodyPublishers.noBody());
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return admin.send(request);
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(error -> fields.add(error.get("field").stringValue()));
    return fields;
  }

  private JsonNode articleEvent(String batchId, String articleId, String title) {
    for (JsonNode event : admin.get("/api/articles/queue/" + batchId + "/events").json()) {
      JsonNode article = event.get("article");
      if (article != null
          && articleId.equals(article.get("id").stringValue())
          && title.equals(article.get("title").stringValue())) {
        return article;
      }
    }
    return null;
  }

  private String writtenArticle(String keyword) {
    return writtenArticle(admin, keyword);
  }

  /** Submits a one-article batch as {@code owner} and waits until it is written. */
  private static String writtenArticle(Api owner, String keyword) {
    var submitted =
        owner.post(
            "/api/articles/bulk",
            "application/json",
            "{\"settings\": {\"wordCount\": 150}, \"items\": [\"" + keyword + "\"]}");
    assertThat(submitted.status()).isEqualTo(202);
    String batchId = submitted.json().get("id").stringValue();
    JsonNode batch =
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(50))
            .until(
                () -> owner.get("/api/articles/queue/" + batchId).json(),
                b -> b.get("status").stringValue().equals("COMPLETED"));
    return batch.get("items").get("content").get(0).get("id").stringValue();
  }
}
