package com.bulkwriter.batch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.LlmSimulator;
import com.bulkwriter.support.TestApplication;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Over HTTP, on a node with an OpenAI-compatible provider (the simulator), one worker and the
 * offline engine at 2 s a draft: estimates before a batch is written, and the budget cap.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EstimateAndBudgetApiTest {

  private static final String KEY = "sk-budget";
  private LlmSimulator simulator;
  private ConfigurableApplicationContext node;
  private Api api;

  @BeforeAll
  void start() {
    simulator = LlmSimulator.start(KEY, 6_000, 2_000_000);
    node =
        TestApplication.start(
            DatabaseUnderTest.H2.properties(),
            Map.of(
                "bulkwriter.openai.base-url", simulator.baseUrl(),
                "bulkwriter.openai.api-key", KEY,
                "bulkwriter.openai.models", "my-local-model",
                "bulkwriter.openai.requests-per-minute", "600",
                "bulkwriter.openai.tokens-per-minute", "2000000",
                "bulkwriter.queue.max-in-flight", "1",
                "bulkwriter.offline.delay", "2s"));
    api = new Api(((WebServerApplicationContext) node).getWebServer().getPort());
  }

  @AfterAll
  void stop() {
    node.close();
    simulator.close();
  }

  @Test
  void anEstimateGivesTokensCostAndTimeFromTheProvidersLimitsAndSavesNothing() {
    int before = api.get("/api/articles/queue").json().get("totalElements").intValue();
    int requestsBefore = simulator.requests();

    var response =
        api.post(
            "/api/articles/bulk/estimate",
            "application/json",
            """
            {"settings": {"wordCount": 300},
             "items": ["a", "b", "c", {"keyword": "long one", "wordCount": 2000},
                       {"keyword": "draft", "provider": "offline"}]}""");

    assertThat(response.status()).isEqualTo(200);
    JsonNode estimate = response.json();
    assertThat(estimate.get("articles").intValue()).isEqualTo(5);
    JsonNode openai = estimate.get("providers").get(0);
    assertThat(openai.get("provider").stringValue()).isEqualTo("openai");
    assertThat(openai.get("articles").intValue()).isEqualTo(4);
    assertThat(openai.get("requests").longValue()).isEqualTo(3 + 1 + 8); // the long one: 1 + 8
    assertThat(openai.get("completionTokens").longValue()).isBetween(3_500L, 4_500L);
    assertThat(openai.get("promptTokens").longValue()).isPositive();
    assertThat(openai.get("costUsd").doubleValue()).isPositive();
    // the 600 requests a minute bind (paced at 98 %); one worker (max-in-flight 1) does not,
    // because the queue keeps as many articles in flight as the provider's pace needs
    assertThat(openai.get("limitedBy").stringValue()).isEqualTo("requests-per-minute");
    assertThat(openai.get("durationSeconds").longValue())
        .isEqualTo((long) Math.ceil(12 * 60 / (600 * 0.98)));
    JsonNode offline = estimate.get("providers").get(1);
    assertThat(offline.get("durationSeconds").longValue()).isEqualTo(2);
    assertThat(offline.get("limitedBy").stringValue()).isEqualTo("offline-delay");
    assertThat(offline.get("costUsd").doubleValue()).isZero();
    assertThat(estimate.get("costUsd").decimalValue())
        .isEqualByComparingTo(openai.get("costUsd").decimalValue());
    assertThat(estimate.get("durationSeconds").longValue())
        .isEqualTo(openai.get("durationSeconds").longValue());
    assertThat(api.get("/api/articles/queue").json().get("totalElements").intValue())
        .isEqualTo(before);
    assertThat(simulator.requests()).isEqualTo(requestsBefore);
  }

  @Test
  void aCsvBatchIsEstimatedLikeJsonAndAModelWithoutAPriceHasNoEstimatedCost() {
    var response =
        api.post(
            "/api/articles/bulk/estimate?model=my-local-model&wordCount=100",
            "text/csv",
            "keyword\n" + "kw\n".repeat(200));

    assertThat(response.status()).isEqualTo(200);
    JsonNode estimate = response.json();
    assertThat(estimate.get("articles").intValue()).isEqualTo(200);
    assertThat(estimate.get("costUsd").isNull()).isTrue();
    assertThat(estimate.get("promptTokens").longValue()).isPositive();
  }

  @Test
  void anInvalidBatchGetsTheSameProblemFromTheEstimateAsFromTheSubmit() {
    String body = "{\"settings\": {\"maxCostUsd\": -1}, \"items\": [{\"keyword\": \"\"}]}";

    var estimate = api.post("/api/articles/bulk/estimate", "application/json", body);
    var submit = api.post("/api/articles/bulk", "application/json", body);

    assertThat(estimate.status()).isEqualTo(400);
    assertThat(estimate.header("Content-Type")).startsWith("application/problem+json");
    assertThat(estimate.json().get("errors")).isEqualTo(submit.json().get("errors"));
    assertThat(estimate.json().get("errors").toString())
        .contains("settings.maxCostUsd")
        .contains("positive amount");
  }

  @Test
  void theSubmitAnswerCarriesTheEstimateAndABatchPausesAtItsBudgetCapUntilItIsRaised() {
    String items =
        java.util.stream.IntStream.rangeClosed(1, 40)
            .mapToObj(i -> "\"budget " + i + "\"")
            .collect(java.util.stream.Collectors.joining(", "));
    var submitted =
        api.post(
            "/api/articles/bulk",
            "application/json",
            """
            {"settings": {"wordCount": 300, "maxCostUsd": 0.0005}, "items": [%s]}"""
                .formatted(items));
    assertThat(submitted.status()).isEqualTo(202);
    JsonNode batch = submitted.json();
    assertThat(batch.get("estimate").get("articles").intValue()).isEqualTo(40);
    assertThat(batch.get("estimate").get("costUsd").doubleValue()).isPositive();
    assertThat(batch.get("settings").get("maxCostUsd").decimalValue())
        .isEqualByComparingTo("0.0005");
    String path = "/api/articles/queue/" + batch.get("id").stringValue();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              JsonNode now = api.get(path).json();
              return now.get("status").stringValue().equals("PAUSED")
                  && now.get("counts").get("running").intValue() == 0;
            });
    JsonNode paused = api.get(path).json();
    assertThat(paused.get("statusReason").stringValue())
        .startsWith("Budget reached")
        .contains("settings.maxCostUsd = $0.0005");
    assertThat(paused.get("usage").get("costUsd").doubleValue()).isGreaterThanOrEqualTo(0.0005);
    // articles already being written finish: the queue keeps the provider's pace in flight
    assertThat(paused.get("counts").get("succeeded").intValue()).isBetween(1, 39);
    assertThat(paused.has("estimate")).isFalse();

    var refused = api.post(path + "/resume");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("detail").stringValue())
        .contains("budget cap settings.maxCostUsd = $0.0005")
        .contains("resume?maxCostUsd=");

    var resumed = api.post(path + "/resume?maxCostUsd=5");
    assertThat(resumed.status()).isEqualTo(200);
    assertThat(resumed.json().get("settings").get("maxCostUsd").decimalValue())
        .isEqualByComparingTo("5");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api.get(path).json().get("counts").get("succeeded").intValue() == 40);
  }
}
