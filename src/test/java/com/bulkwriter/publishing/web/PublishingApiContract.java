package com.bulkwriter.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.publishing.PublishingClient;
import com.bulkwriter.support.Api;
import com.bulkwriter.support.ApiTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Sites and publish jobs over the API, without a WordPress (the site's address refuses connections,
 * so jobs keep retrying): secrets stay secret, bad input names its field and stores nothing, jobs
 * can be paused, resumed and cancelled. Runs on H2 and PostgreSQL.
 */
@TestPropertySource(properties = PublishingSettings.FAST)
abstract class PublishingApiContract extends ApiTest {

  /** Nothing listens there: every request is refused at once (a retryable failure). */
  static final String NOWHERE = "http://127.0.0.1:9";

  static final String PASSWORD = "ABCD efgh IJKL mnop QRST uvwx";

  @Autowired JdbcClient jdbc;

  PublishingClient client;

  @BeforeEach
  void client() {
    client = new PublishingClient(admin);
  }

  @Test
  void aSitesPasswordIsStoredEncryptedAndNeverReturned() {
    String id = client.connect(NOWHERE + "/blog/", "editor", PASSWORD);
    JsonNode site = admin.get("/api/sites/" + id).json();
    assertThat(site.get("url").stringValue()).isEqualTo(NOWHERE + "/blog");
    assertThat(site.get("username").stringValue()).isEqualTo("editor");
    assertThat(site.has("applicationPassword")).isFalse();
    assertThat(site.toString() + admin.get("/api/sites").body()).doesNotContain(PASSWORD);
    String stored =
        jdbc.sql("SELECT secret FROM sites WHERE id = :id")
            .param("id", UUID.fromString(id))
            .query(String.class)
            .single();
    assertThat(stored).doesNotContain("ABCD").isNotBlank();
  }

  @Test
  void changingASiteWithoutAPasswordKeepsTheStoredOne() {
    String id = client.connect(NOWHERE, "editor", PASSWORD);
    String before = secret(id);
    var changed =
        client.change(
            id,
            "{\"name\": \"Renamed\", \"url\": \"%s\", \"username\": \"chief\"}".formatted(NOWHERE));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("name").stringValue()).isEqualTo("Renamed");
    assertThat(secret(id)).isEqualTo(before);
  }

  @Test
  void aSiteKeepsItsOwnPaceAndPublishDefaultsAndBadOnesAreRefusedByField() {
    String id = client.connect(NOWHERE, "editor", PASSWORD);
    var changed =
        client.change(
            id,
            """
            {"url": "%s", "username": "editor", "requestPaceMs": 1200,
             "defaults": {"status": "Publish", "categories": ["Guides", "guides", "News"],
                          "tags": ["brewing"], "authorId": 2}}"""
                .formatted(NOWHERE));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    JsonNode site = admin.get("/api/sites/" + id).json();
    assertThat(site.get("requestPaceMs").intValue()).isEqualTo(1200);
    assertThat(site.get("defaults").get("status").stringValue()).isEqualTo("publish");
    assertThat(site.get("defaults").get("categories").toString())
        .isEqualTo("[\"Guides\",\"News\"]");
    assertThat(site.get("defaults").get("authorId").intValue()).isEqualTo(2);

    var refused =
        client.change(
            id,
            """
            {"url": "%s", "username": "editor", "requestPaceMs": -1,
             "defaults": {"status": "schedule", "authorId": 0}}"""
                .formatted(NOWHERE));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("requestPaceMs", "defaults.status", "defaults.authorId");
    assertThat(admin.get("/api/sites/" + id).json().get("requestPaceMs").intValue())
        .isEqualTo(1200);

    var cleared =
        client.change(id, "{\"url\": \"%s\", \"username\": \"editor\"}".formatted(NOWHERE));
    assertThat(cleared.json().get("requestPaceMs").isNull()).isTrue();
    assertThat(cleared.json().get("defaults").isNull()).isTrue();
  }

  @Test
  void badSiteInputNamesEveryFieldAndStoresNothing() {
    var refused =
        admin.post(
            "/api/sites",
            "application/json",
            "{\"url\": \"ftp://example.com\", \"username\": \" \"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("url", "username", "applicationPassword");
    assertThat(admin.newUser("sitesless-" + suffix()).get("/api/sites").json().size()).isZero();
  }

  @Test
  void badPublishRequestsNameEachFieldAndCreateNoJob() {
    Api user = admin.newUser("publisher-" + suffix());
    var userClient = new PublishingClient(user);
    String site = userClient.connect(NOWHERE, "editor", PASSWORD);
    String batch = new ExportClient(user).completedBatch("Bad requests", "one", "two");
    var refused =
        userClient.start(
            """
            {"siteId": "%s", "articleIds": ["%s", "%s"], "status": "later",
             "tags": ["ok", " "]}"""
                .formatted(UUID.randomUUID(), firstArticle(user, batch), UUID.randomUUID()));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("siteId", "status", "tags[1]", "articleIds[1]");

    var noSchedule =
        userClient.start(
            "{\"siteId\": \"%s\", \"batchId\": \"%s\", \"status\": \"schedule\"}"
                .formatted(site, batch));
    assertThat(noSchedule.json().get("errors").findValuesAsString("field"))
        .containsExactly("schedule");
    var badSchedule =
        userClient.start(
            """
            {"siteId": "%s", "batchId": "%s", "status": "schedule",
             "schedule": {"start": "tomorrow", "perDay": 0, "windowStart": "18:00",
                          "windowEnd": "09:00"}}"""
                .formatted(site, batch));
    assertThat(badSchedule.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("schedule.start", "schedule.perDay", "schedule.windowEnd");
    assertThat(user.get("/api/publish-jobs").json().get("totalElements").intValue()).isZero();
  }

  @Test
  void approvedOnlyWithNoApprovedArticleIsRefusedNamingTheBatch() {
    String site = client.connect(NOWHERE, "editor", PASSWORD);
    String batch = new ExportClient(admin).completedBatch("Approved only", "one");
    var refused =
        client.start(
            "{\"siteId\": \"%s\", \"batchId\": \"%s\", \"approvedOnly\": true}"
                .formatted(site, batch));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("batchId").contains("no written articles");
  }

  @Test
  void allMatchingTheBatchPagesFilterPublishesOnlyTheMatchingArticles() {
    String site = client.connect(NOWHERE, "editor", PASSWORD);
    String batch =
        new ExportClient(admin)
            .completedBatch("Filtered", "trail boots", "road shoes", "boots care");
    String job =
        client.publish(
            ("{\"siteId\": \"%s\", \"batchId\": \"%s\", \"filter\": {\"search\": \"BOOTS\"}}")
                .formatted(site, batch));
    assertThat(client.job(job).get("total").intValue()).isEqualTo(2);
    admin.post("/api/publish-jobs/" + job + "/cancel");

    var nothing =
        client.start(
            ("{\"siteId\": \"%s\", \"batchId\": \"%s\", \"approvedOnly\": true,"
                    + " \"filter\": {\"search\": \"boots\"}}")
                .formatted(site, batch));
    var wrong =
        client.start(
            ("{\"siteId\": \"%s\", \"batchId\": \"%s\", \"filter\": {\"review\": \"maybe\"}}")
                .formatted(site, batch));
    assertThat(nothing.status()).isEqualTo(400);
    assertThat(nothing.body()).contains("no written articles");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("filter.review");
  }

  @Test
  void aJobCanBePausedResumedAndCancelledAndItsSiteRemovedAfterwards() {
    String site = client.connect(NOWHERE, "editor", PASSWORD);
    String batch = new ExportClient(admin).completedBatch("Steering", "one", "two");
    String job = client.publish("{\"siteId\": \"%s\", \"batchId\": \"%s\"}".formatted(site, batch));
    assertThat(client.job(job).get("total").intValue()).isEqualTo(2);

    assertThat(admin.post("/api/publish-jobs/" + job + "/pause").json().get("status").stringValue())
        .isEqualTo("PAUSED");
    assertThat(admin.post("/api/publish-jobs/" + job + "/pause").status()).isEqualTo(409);
    assertThat(
            admin.post("/api/publish-jobs/" + job + "/resume").json().get("status").stringValue())
        .isEqualTo("RUNNING");
    assertThat(admin.delete("/api/sites/" + site).status()).isEqualTo(409);

    JsonNode cancelled = admin.post("/api/publish-jobs/" + job + "/cancel").json();
    assertThat(cancelled.get("status").stringValue()).isEqualTo("CANCELLED");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(client.publications(batch).findValuesAsString("state"))
                    .containsOnly("CANCELLED"));
    assertThat(admin.delete("/api/sites/" + site).status()).isEqualTo(204);
    assertThat(admin.get("/api/sites/" + site).status()).isEqualTo(404);
  }

  private String secret(String id) {
    return jdbc.sql("SELECT secret FROM sites WHERE id = :id")
        .param("id", UUID.fromString(id))
        .query(String.class)
        .single();
  }

  private static String firstArticle(Api api, String batch) {
    return api.get("/api/articles/queue/" + batch)
        .json()
        .get("items")
        .get("content")
        .get(0)
        .get("id")
        .stringValue();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
