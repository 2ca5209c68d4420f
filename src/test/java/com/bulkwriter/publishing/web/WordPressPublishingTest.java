package com.bulkwriter.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.publishing.PublishingClient;
import com.bulkwriter.support.ApiTest;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.WordPress;
import com.bulkwriter.webhooks.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Publishing against a real WordPress (Debian's package, {@link WordPress}): drafts with the HTML
 * body, excerpt, slug, categories and tags; schedules in the site's timezone; publishing again
 * updates the same post; a post deleted on the site is reported, not duplicated; a wrong password,
 * a user without the capability and a site with its REST API off pause the job with the reason.
 */
@TestPropertySource(
    properties = {
      PublishingSettings.FAST,
      "bulkwriter.webhooks.allow-private-destinations=true",
      "bulkwriter.webhooks.poll-interval=100ms"
    })
@Import(PublishedEvents.class)
class WordPressPublishingTest extends ApiTest {

  static WordPress wordpress;

  PublishingClient client;
  ExportClient batches;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.register(registry);
  }

  @BeforeAll
  static void wordpress() {
    wordpress = WordPress.shared();
  }

  @BeforeEach
  void clients() {
    client = new PublishingClient(admin);
    batches = new ExportClient(admin);
  }

  private String site() {
    return client.connect(wordpress.url(), WordPress.ADMIN, wordpress.adminPassword());
  }

  @Test
  void testingTheConnectionChecksTheRestApiTheCapabilitiesAndReadsTheTimezone() {
    JsonNode check = client.test(site());
    assertThat(check.get("ok").booleanValue()).as(check.toString()).isTrue();
    assertThat(check.get("restApi").booleanValue()).isTrue();
    assertThat(check.get("authenticated").booleanValue()).isTrue();
    assertThat(check.get("canPublishPosts").booleanValue()).isTrue();
    assertThat(check.get("canManageTerms").booleanValue()).isTrue();
    assertThat(check.get("canUploadMedia").booleanValue()).isTrue();
    assertThat(check.get("timezone").stringValue()).isEqualTo(WordPress.TIMEZONE);

    JsonNode reader =
        client.test(client.connect(wordpress.url(), WordPress.READER, wordpress.readerPassword()));
    assertThat(reader.get("ok").booleanValue()).isFalse();
    assertThat(reader.get("authenticated").booleanValue()).isTrue();
    assertThat(reader.get("canPublishPosts").booleanValue()).isFalse();
    assertThat(reader.get("problems").toString()).contains("publish_posts");

    JsonNode wrong =
        client.test(client.connect(wordpress.url(), WordPress.ADMIN, "wrong pass word"));
    assertThat(wrong.get("authenticated").booleanValue()).isFalse();
    assertThat(wrong.get("problems").toString()).contains("401");

    JsonNode off =
        client.test(
            client.connect(
                wordpress.restDisabledUrl(), WordPress.ADMIN, wordpress.adminPassword()));
    assertThat(off.get("restApi").booleanValue()).isFalse();
    assertThat(off.get("problems").toString()).contains("REST API");
  }

  @Test
  void theSitesCategoriesTagsAndAuthorsAreOfferedToPickFrom() {
    var choices = admin.get("/api/sites/" + site() + "/choices");
    assertThat(choices.status()).as(choices.body()).isEqualTo(200);
    assertThat(choices.json().get("categories").findValuesAsString("name"))
        .contains("Uncategorized");
    assertThat(choices.json().get("authors").size()).isPositive();
    assertThat(choices.json().has("tags")).isTrue();
  }

  @Test
  void draftsArriveWithTheHtmlBodyExcerptSlugCategoriesTagsAndOneMarker() {
    String batch = batches.completedBatch("Drafts", "drip coffee ratio", "french press grind");
    String site = site();
    String job =
        client.publish(
            """
            {"siteId": "%s", "batchId": "%s", "status": "draft",
             "categories": ["Coffee Guides", "Uncategorized"], "tags": ["brewing", "how-to"]}"""
                .formatted(site, batch));
    JsonNode done = client.awaitStatus(job, "COMPLETED");
    assertThat(done.get("published").intValue()).isEqualTo(2);

    JsonNode publications = client.publications(batch);
    assertThat(publications.size()).isEqualTo(2);
    for (JsonNode publication : publications) {
      assertThat(publication.get("state").stringValue()).isEqualTo("PUBLISHED");
      assertThat(publication.get("remoteStatus").stringValue()).isEqualTo("draft");
      assertThat(publication.get("link").stringValue()).startsWith(wordpress.url());
      JsonNode post =
          wordpress.get("wp/v2/posts/" + publication.get("postId").longValue() + "?context=edit");
      assertThat(post.get("status").stringValue()).isEqualTo("draft");
      String content = post.get("content").get("raw").stringValue();
      assertThat(content)
          .contains("<h2>", "<p>")
          .contains("bulkwriter-article-" + publication.get("articleId").stringValue())
          .doesNotContain("<h1>");
      assertThat(post.get("excerpt").get("raw").stringValue()).isNotBlank();
      assertThat(post.get("categories").size()).isEqualTo(2);
      assertThat(post.get("tags").size()).isEqualTo(2);
    }
    JsonNode category = wordpress.get("wp/v2/categories?search=Coffee%20Guides");
    assertThat(category.size()).as("created once, then reused").isEqualTo(1);
  }

  @Test
  void publishingAgainUpdatesTheSamePostInsteadOfMakingASecond() {
    String batch = batches.completedBatch("Again", "pour over kettle");
    String site = site();
    String body =
        """
        {"siteId": "%s", "batchId": "%s", "status": "%s"}""";
    client.awaitStatus(client.publish(body.formatted(site, batch, "draft")), "COMPLETED");
    long first = client.publications(batch).get(0).get("postId").longValue();

    client.awaitStatus(client.publish(body.formatted(site, batch, "publish")), "COMPLETED");
    JsonNode again = client.publications(batch).get(0);
    assertThat(again.get("postId").longValue()).isEqualTo(first);
    assertThat(again.get("remoteStatus").stringValue()).isEqualTo("publish");
    String marker = "bulkwriter-article-" + again.get("articleId").stringValue();
    assertThat(wordpress.postsContaining(marker).size()).isEqualTo(1);
    assertThat(wordpress.get("wp/v2/posts/" + first).get("status").stringValue())
        .isEqualTo("publish");
  }

  @Test
  void scheduledPostsGetSlotsPerDayInsideTheWindowInTheSitesTimezone() {
    String batch = batches.completedBatch("Schedule", "a", "b", "c", "d", "e");
    String site = site();
    LocalDate day = LocalDate.now(ZoneId.of(WordPress.TIMEZONE)).plusDays(3);
    String job =
        client.publish(
            """
            {"siteId": "%s", "batchId": "%s", "status": "schedule",
             "schedule": {"start": "%sT10:00", "perDay": 2, "windowStart": "09:00",
                          "windowEnd": "17:00"}}"""
                .formatted(site, batch, day));
    client.awaitStatus(job, "COMPLETED");
    List<Instant> dates = new ArrayList<>();
    for (JsonNode publication : client.publications(batch)) {
      JsonNode post =
          wordpress.get("wp/v2/posts/" + publication.get("postId").longValue() + "?context=edit");
      assertThat(post.get("status").stringValue()).isEqualTo("future");
      dates.add(Instant.parse(post.get("date_gmt").stringValue() + "Z"));
    }
    ZoneId berlin = ZoneId.of(WordPress.TIMEZONE);
    // 09:00 is before the start, so day 1 has the 13:00 slot only; then 09:00 and 13:00 each day
    assertThat(dates)
        .containsExactly(
            ZonedDateTime.of(day.atTime(13, 0), berlin).toInstant(),
            ZonedDateTime.of(day.plusDays(1).atTime(9, 0), berlin).toInstant(),
            ZonedDateTime.of(day.plusDays(1).atTime(13, 0), berlin).toInstant(),
            ZonedDateTime.of(day.plusDays(2).atTime(9, 0), berlin).toInstant(),
            ZonedDateTime.of(day.plusDays(2).atTime(13, 0), berlin).toInstant());
  }

  @Test
  void aPostDeletedOnTheSiteIsReportedGoneAndNotPostedAgain() {
    String batch = batches.completedBatch("Deleted", "espresso tamping");
    String site = site();
    String body = "{\"siteId\": \"%s\", \"batchId\": \"%s\"}".formatted(site, batch);
    client.awaitStatus(client.publish(body), "COMPLETED");
    JsonNode first = client.publications(batch).get(0);
    wordpress.deletePost(first.get("postId").longValue());

    client.awaitStatus(client.publish(body), "COMPLETED");
    JsonNode gone = client.publications(batch).get(0);
    assertThat(gone.get("state").stringValue()).isEqualTo("GONE");
    assertThat(gone.get("error").stringValue()).contains("deleted on the site");
    String marker = "bulkwriter-article-" + first.get("articleId").stringValue();
    assertThat(wordpress.postsContaining(marker).size()).isZero();

    client.awaitStatus(
        client.publish(body.replace("}", ", \"recreateDeleted\": true}")), "COMPLETED");
    JsonNode recreated = client.publications(batch).get(0);
    assertThat(recreated.get("state").stringValue()).isEqualTo("PUBLISHED");
    assertThat(recreated.get("postId").longValue()).isNotEqualTo(first.get("postId").longValue());
    assertThat(wordpress.postsContaining(marker).size()).isEqualTo(1);
  }

  @Test
  void aWrongPasswordPausesTheJobWithTheReasonAndResumingAfterTheFixPublishes() {
    String batch = batches.completedBatch("Wrong password", "milk frothing");
    String site = client.connect(wordpress.url(), WordPress.ADMIN, "abcd efgh ijkl mnop qrst uvwx");
    String job = client.publish("{\"siteId\": \"%s\", \"batchId\": \"%s\"}".formatted(site, batch));
    JsonNode paused = client.awaitStatus(job, "PAUSED");
    assertThat(paused.get("statusReason").stringValue()).contains("401");
    assertThat(paused.get("failed").intValue()).isZero();
    assertThat(paused.get("queued").intValue()).isEqualTo(1);

    var fixed =
        client.change(
            site,
            """
            {"url": "%s", "username": "%s", "applicationPassword": "%s"}"""
                .formatted(wordpress.url(), WordPress.ADMIN, wordpress.adminPassword()));
    assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
    assertThat(admin.post("/api/publish-jobs/" + job + "/resume").status()).isEqualTo(200);
    assertThat(client.awaitStatus(job, "COMPLETED").get("published").intValue()).isEqualTo(1);
  }

  @Test
  void aUserWhoMayNotWritePostsPausesTheJobWithTheMissingCapability() {
    String batch = batches.completedBatch("Reader", "latte art");
    String site = client.connect(wordpress.url(), WordPress.READER, wordpress.readerPassword());
    String job = client.publish("{\"siteId\": \"%s\", \"batchId\": \"%s\"}".formatted(site, batch));
    JsonNode paused = client.awaitStatus(job, "PAUSED");
    assertThat(paused.get("statusReason").stringValue()).contains("403", "capability");
    assertThat(paused.get("failed").intValue()).isZero();
  }

  @Test
  void aSiteWithItsRestApiOffPausesTheJob() {
    String batch = batches.completedBatch("REST off", "cold brew");
    String site =
        client.connect(wordpress.restDisabledUrl(), WordPress.ADMIN, wordpress.adminPassword());
    String job = client.publish("{\"siteId\": \"%s\", \"batchId\": \"%s\"}".formatted(site, batch));
    JsonNode paused = client.awaitStatus(job, "PAUSED");
    assertThat(paused.get("statusReason").stringValue()).contains("REST API", "404");
  }

  @Test
  void thePublishedEventCarriesThePostForWebhooks() {
    WebhookReceiver receiver = new WebhookReceiver();
    var hook =
        admin.post(
            "/api/webhooks",
            "application/json",
            """
            {"url": "%s", "eventTypes": ["article.published"]}"""
                .formatted(receiver.url("/published")));
    assertThat(hook.status()).as(hook.body()).isEqualTo(201);
    String secret = hook.json().get("secret").stringValue();
    String batch = batches.completedBatch("Event", "grinder burrs");
    String job =
        client.publish("{\"siteId\": \"%s\", \"batchId\": \"%s\"}".formatted(site(), batch));
    client.awaitStatus(job, "COMPLETED");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                PublishedEvents.seen().stream()
                    .anyMatch(e -> e.batchId().toString().equals(batch)));
    var event =
        PublishedEvents.seen().stream()
            .filter(e -> e.batchId().toString().equals(batch))
            .findFirst()
            .orElseThrow();
    assertThat(event.created()).isTrue();
    assertThat(event.link()).startsWith(wordpress.url());
    Set<Long> ids = new HashSet<>();
    client.publications(batch).forEach(p -> ids.add(p.get("postId").longValue()));
    assertThat(ids).containsExactly(event.postId());

    // and the owner's webhook endpoint hears it, signed
    try (receiver) {
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> !receiver.ofType("article.published").isEmpty());
      var delivered = receiver.ofType("article.published").getFirst();
      assertThat(delivered.signedWith(secret)).isTrue();
      JsonNode data = delivered.json().get("data");
      assertThat(data.get("postId").longValue()).isEqualTo(event.postId());
      assertThat(data.get("batchId").stringValue()).isEqualTo(batch);
      assertThat(data.get("link").stringValue()).startsWith(wordpress.url());
    }
  }
}
