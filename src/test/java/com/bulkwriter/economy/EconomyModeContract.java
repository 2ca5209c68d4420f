package com.bulkwriter.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.ListedCounts;
import com.bulkwriter.support.LlmSimulator;
import com.bulkwriter.support.TestApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Economy mode end to end over HTTP against the simulator's batch APIs, for each provider (OpenAI's
 * Files and Batch APIs, Anthropic's Message Batches) on each database: articles go out as provider
 * batches (split at {@code max-requests}), answers are stored at the discounted price, failed and
 * expired requests are written again, and an answer lost on the wire (the provider did the upload
 * or the create, the node never heard) or a node stopped right there never makes a second provider
 * batch for one intent.
 */
abstract class EconomyModeContract {

  private static final String KEY = "sk-economy";

  private LlmSimulator simulator;
  private Map<String, Object> database;
  private ConfigurableApplicationContext node;
  private Api api;

  /** A fresh database of the kind under test, kept across restarts of the node. */
  abstract Map<String, Object> database();

  /** The provider under test: {@code openai} (the default) or {@code anthropic}. */
  String provider() {
    return "openai";
  }

  /** Whether the provider takes the requests as an uploaded file (OpenAI) or in the create. */
  private boolean uploadsFiles() {
    return provider().equals("openai");
  }

  /** Provider batches take up to 20 requests instead of 3: a long article's sections fit in one. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface WideProviderBatches {}

  private String maxRequests = "3";

  @BeforeEach
  void start(TestInfo test) {
    if (test.getTestMethod().orElseThrow().isAnnotationPresent(WideProviderBatches.class)) {
      maxRequests = "20";
    }
    simulator = LlmSimulator.start(KEY, 6_000, 10_000_000);
    database = database();
    startNode();
  }

  @AfterEach
  void stop() {
    node.close();
    simulator.close();
  }

  private void startNode() {
    Map<String, Object> settings = new HashMap<>();
    settings.put("bulkwriter.%s.base-url".formatted(provider()), simulator.baseUrl());
    settings.put("bulkwriter.%s.api-key".formatted(provider()), KEY);
    settings.put("bulkwriter.economy.tick", "100ms");
    settings.put("bulkwriter.economy.poll-interval", "200ms");
    settings.put("bulkwriter.economy.lease-duration", "3s");
    settings.put("bulkwriter.economy.backoff-max", "300ms");
    settings.put("bulkwriter.economy.max-requests", maxRequests);
    node = TestApplication.start(database, settings);
    api = new Api(((WebServerApplicationContext) node).getWebServer().getPort());
  }

  private String submit(String prefix, int articles) {
    String items =
        IntStream.rangeClosed(1, articles)
            .mapToObj(i -> "\"" + prefix + " " + i + "\"")
            .collect(Collectors.joining(", "));
    var submitted =
        api.post(
            "/api/articles/bulk",
            "application/json",
            """
            {"settings": {"provider": "%s", "wordCount": 200, "mode": "economy"}, "items": [%s]}"""
                .formatted(provider(), items));
    assertThat(submitted.status()).isEqualTo(202);
    assertThat(submitted.json().get("settings").get("mode").stringValue()).isEqualTo("economy");
    return "/api/articles/queue/" + submitted.json().get("id").stringValue();
  }

  private JsonNode completed(String path) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> api.get(path).json().get("status").stringValue().equals("COMPLETED"));
    return api.get(path).json();
  }

  /** The batches list shows the batch's real counts (kept on the row of a finished batch). */
  private void listsRealCounts(String path) {
    ListedCounts.assertReal(api, path.substring(path.lastIndexOf('/') + 1));
  }

  private void eachWrittenOnce(String prefix, int articles) {
    for (int i = 1; i <= articles; i++) {
      assertThat(simulator.written(prefix + " " + i)).as(prefix + " " + i).isEqualTo(1);
    }
  }

  @Test
  void anEconomyBatchIsWrittenThroughProviderBatchesSplitAtTheLimitAtTheDiscountedPrice() {
    var estimate =
        api.post(
                "/api/articles/bulk/estimate",
                "application/json",
                """
                {"settings": {"wordCount": 200}, "items": ["a", "b"]}""")
            .json();
    // half the price (bulkwriter.generation.batch-discount 0.5), to the micro-dollar
    assertThat(estimate.get("economyCostUsd").decimalValue())
        .isCloseTo(
            estimate.get("costUsd").decimalValue().divide(BigDecimal.TWO),
            within(new BigDecimal("0.000001")));

    String path = submit("economy", 5);

    JsonNode batch = completed(path);
    assertThat(batch.get("counts").get("succeeded").intValue()).isEqualTo(5);
    assertThat(batch.get("usage").get("costUsd").doubleValue()).isPositive();
    // max-requests 3: two provider batches, and no realtime call at all
    assertThat(simulator.batchesCreated()).isEqualTo(2);
    assertThat(simulator.requestsInBatches()).isEqualTo(5);
    assertThat(simulator.requests()).isZero();
    eachWrittenOnce("economy", 5);
    listsRealCounts(path);
    // the batch's live watchers were told as each provider batch moved on, up to DONE
    List<String> told =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> {
                  List<String> states = new ArrayList<>();
                  api.get(path + "/events?after=0")
                      .json()
                      .forEach(
                          event -> {
                            if ("PROVIDER_BATCH".equals(event.get("kind").stringValue())) {
                              JsonNode provider = event.get("providerBatch");
                              states.add(
                                  provider.get("state").stringValue()
                                      + " "
                                      + provider.get("stored").intValue());
                            }
                          });
                  return states;
                },
                states -> states.stream().filter(s -> s.startsWith("DONE")).count() == 2);
    assertThat(told).contains("DONE 3", "DONE 2");
  }

  @Test
  void failedAndExpiredRequestsGoBackToTheQueueAndAreWrittenInTheNextProviderBatch() {
    simulator.batchesExpireAfter(2).failEveryBatchLine(2);

    String path = submit("again", 3);
    // the first provider batch answers request 1, fails request 2 (500) and expires request 3
    await().atMost(Duration.ofSeconds(30)).until(() -> simulator.batchesCreated() >= 1);
    simulator.batchesComplete().failEveryBatchLine(0);

    JsonNode batch = completed(path);
    assertThat(batch.get("counts").get("succeeded").intValue()).isEqualTo(3);
    assertThat(simulator.batchesCreated()).isGreaterThanOrEqualTo(2);
    eachWrittenOnce("again", 3);
    listsRealCounts(path);
  }

  /** Submits an economy batch of 200-word articles, the {@code long} ones of 2,000 words. */
  private String submitMixed(List<String> shorts, List<String> longs) {
    List<String> items = new ArrayList<>();
    longs.forEach(k -> items.add("{\"keyword\": \"%s\", \"wordCount\": 2000}".formatted(k)));
    shorts.forEach(k -> items.add("\"" + k + "\""));
    var submitted =
        api.post(
            "/api/articles/bulk",
            "application/json",
            """
            {"settings": {"provider": "%s", "wordCount": 200, "mode": "economy"}, "items": [%s]}"""
                .formatted(provider(), String.join(", ", items)));
    assertThat(submitted.status()).isEqualTo(202);
    return "/api/articles/queue/" + submitted.json().get("id").stringValue();
  }

  /** The article of the batch written for {@code keyword}. */
  private JsonNode article(String path, String keyword) {
    for (JsonNode item : api.get(path).json().get("items").get("content")) {
      if (item.get("keyword").stringValue().equals(keyword)) {
        return api.get("/api/articles/" + item.get("id").stringValue()).json();
      }
    }
    throw new AssertionError("No article for " + keyword);
  }

  /** The outline and each of the 8 sections of a 2,000-word article were answered once. */
  private void eachStepWrittenOnce(String keyword) {
    assertThat(simulator.written("outline: " + keyword)).as("outline").isEqualTo(1);
    for (int section = 1; section <= 8; section++) {
      assertThat(simulator.written("section " + section + ": " + keyword))
          .as("section " + section)
          .isEqualTo(1);
    }
  }

  @Test
  @WideProviderBatches
  void aLongArticleGoesOutlineFirstThenItsSectionsInTheNextProviderBatch() {
    String path = submitMixed(List.of("short topic"), List.of("long topic"));

    JsonNode batch = completed(path);
    assertThat(batch.get("counts").get("succeeded").intValue()).isEqualTo(2);
    // the long article's outline with the short article, then its 8 sections; no realtime call
    assertThat(simulator.requestsPerBatch()).containsExactly(2, 8);
    assertThat(simulator.requests()).isZero();
    eachStepWrittenOnce("long topic");
    assertThat(simulator.written("short topic")).isEqualTo(1);

    JsonNode article = article(path, "long topic");
    assertThat(article.get("status").stringValue()).isEqualTo("SUCCEEDED");
    assertThat(article.get("attempts").intValue()).isEqualTo(1);
    String markdown = article.get("markdown").stringValue();
    assertThat(markdown).startsWith("# A Long Guide to long topic\n\n## Chapter 1\n");
    for (int section = 1; section < 8; section++) {
      assertThat(markdown.indexOf("## Chapter " + section))
          .isLessThan(markdown.indexOf("## Chapter " + (section + 1)));
    }
    assertThat(article.get("wordCount").intValue()).isBetween(1_700, 2_300);
    assertThat(article.get("usage").get("costUsd").doubleValue()).isPositive();
    assertThat(article(path, "short topic").get("wordCount").intValue()).isBetween(170, 230);
    listsRealCounts(path);
  }

  @Test
  @WideProviderBatches
  void aFailedSectionOfALongArticleIsTheOnlyStepRequestedAgain() {
    // the 8th request of every provider batch fails: in the sections' batch, section 8
    simulator.failEveryBatchLine(8);

    String path = submitMixed(List.of(), List.of("failing section"));

    JsonNode batch = completed(path);
    assertThat(batch.get("counts").get("succeeded").intValue()).isEqualTo(1);
    assertThat(simulator.requestsPerBatch()).containsExactly(1, 8, 1);
    eachStepWrittenOnce("failing section");
    JsonNode article = article(path, "failing section");
    assertThat(article.get("wordCount").intValue()).isBetween(1_700, 2_300);
    assertThat(article.get("markdown").stringValue()).contains("## Chapter 8");
  }

  @Test
  @WideProviderBatches
  void sectionsOfALongArticleNotDoneInTimeAreAskedForAgainWithoutSpendingAnAttempt() {
    // provider batches expire after 5 answers: the outline's goes through, 3 of 8 sections do not
    simulator.batchesExpireAfter(5);

    String path = submitMixed(List.of(), List.of("expiring sections"));
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> simulator.batchesCreated() >= 2);
    simulator.batchesComplete();

    completed(path);
    assertThat(simulator.requestsPerBatch()).containsExactly(1, 8, 3);
    eachStepWrittenOnce("expiring sections");
    assertThat(article(path, "expiring sections").get("attempts").intValue()).isEqualTo(1);
  }

  @Test
  void aLostAnswerToTheUploadFindsTheFileAndALostAnswerToTheCreateFindsTheBatch() {
    simulator.dropAfterUpload(1).dropAfterCreate(1);

    String path = submit("lost", 2);

    completed(path);
    assertThat(simulator.uploads()).isEqualTo(uploadsFiles() ? 1 : 0);
    assertThat(simulator.batchesCreated()).isEqualTo(1);
    assertThat(simulator.batchesPerIntent().values()).containsOnly(1);
    eachWrittenOnce("lost", 2);
  }

  @Test
  void aNodeStoppedBetweenUploadAndCreateResumesOnARestartWithOneProviderBatchPerIntent() {
    assumeTrue(uploadsFiles(), "only providers that take files upload before they create");
    simulator.dropAfterUpload(1);
    String path = submit("upload", 2);
    await().atMost(Duration.ofSeconds(30)).until(() -> simulator.uploads() == 1);

    node.close();
    startNode();

    completed(path);
    assertThat(simulator.uploads()).isEqualTo(1);
    assertThat(simulator.batchesPerIntent().values()).containsOnly(1);
    eachWrittenOnce("upload", 2);
  }

  @Test
  void aNodeStoppedBetweenCreateAndStoringTheIdResumesOnARestartWithOneProviderBatchPerIntent() {
    simulator.dropAfterCreate(1);
    String path = submit("create", 2);
    await().atMost(Duration.ofSeconds(30)).until(() -> simulator.batchesCreated() == 1);

    node.close();
    startNode();

    completed(path);
    assertThat(simulator.batchesCreated()).isEqualTo(1);
    assertThat(simulator.batchesPerIntent().values()).containsOnly(1);
    eachWrittenOnce("create", 2);
  }

  @Test
  void cancellingTheBatchCancelsItsProviderBatch() {
    simulator.batchTime(Duration.ofSeconds(30));
    String path = submit("cancel", 2);
    await().atMost(Duration.ofSeconds(30)).until(() -> simulator.batchesCreated() == 1);

    assertThat(api.post(path + "/cancel").status()).isEqualTo(200);

    await().atMost(Duration.ofSeconds(30)).until(() -> simulator.batchesCancelled() == 1);
    assertThat(api.get(path).json().get("counts").get("cancelled").intValue()).isEqualTo(2);
    listsRealCounts(path);
  }

  @Test
  void theBatchShowsItsProviderBatchAndFinishesNowInRealtime() {
    simulator.batchTime(Duration.ofSeconds(30));
    String path = submit("finish", 3);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                api.get(path + "/economy").json().get("providerBatches").size() == 1
                    && api.get(path + "/economy")
                        .json()
                        .get("providerBatches")
                        .get(0)
                        .get("providerStatus")
                        .isString());
    JsonNode economy = api.get(path + "/economy").json();
    assertThat(economy.get("requests").intValue()).isEqualTo(3);
    assertThat(economy.get("expectedBy").isNull()).isFalse();
    assertThat(economy.get("providerBatches").get(0).get("state").stringValue())
        .isEqualTo("SUBMITTED");

    var finished = api.post(path + "/finish-realtime");
    assertThat(finished.status()).isEqualTo(200);

    JsonNode batch = completed(path);
    assertThat(batch.get("settings").get("mode").stringValue()).isEqualTo("realtime");
    assertThat(batch.get("counts").get("succeeded").intValue()).isEqualTo(3);
    assertThat(simulator.batchesCancelled()).isEqualTo(1);
    assertThat(simulator.requests()).isEqualTo(3);
    eachWrittenOnce("finish", 3);
    assertThat(api.post(path + "/finish-realtime").status()).isEqualTo(409);
    listsRealCounts(path);
  }

  @Test
  void economyModeNeedsAProviderWithABatchApi() {
    var refused =
        api.post(
            "/api/articles/bulk",
            "application/json",
            """
            {"settings": {"provider": "offline", "mode": "economy"}, "items": ["x"]}""");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").toString())
        .contains("settings.mode")
        .contains("batch API");
    var unknown =
        api.post(
            "/api/articles/bulk",
            "application/json",
            """
            {"settings": {"mode": "cheap"}, "items": ["x"]}""");
    assertThat(unknown.json().get("errors").toString()).contains("settings.mode");
  }
}
