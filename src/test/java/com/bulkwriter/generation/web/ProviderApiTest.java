package com.bulkwriter.generation.web;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A whole node configured with an OpenAI-compatible provider that is a real HTTP server speaking
 * the wire protocol (see {@link LlmSimulator}): the providers API, articles written through the
 * queue with their token usage, faults survived, a revoked key pausing the batch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderApiTest {

  private static final String KEY = "sk-live-do-not-leak";
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
                "bulkwriter.openai.requests-per-minute", "6000",
                "bulkwriter.openai.tokens-per-minute", "2000000",
                "bulkwriter.generation.circuit-window", "200",
                // one request in five fails: with the default 5 attempts, one of 30 articles ran
                // out of them about once in a hundred runs (0.2^5 each); 10 make that negligible
                "bulkwriter.queue.max-attempts", "10"));
    int port = ((WebServerApplicationContext) node).getWebServer().getPort();
    api = new Api(port);
  }

  @AfterAll
  void stop() {
    node.close();
    simulator.close();
  }

  @BeforeEach
  void healthyProvider() {
    simulator.faultRate(0).revokeKey(false).latency(Duration.ZERO);
  }

  @Test
  void providersListsTheConfiguredProviderAsDefaultWithModelsAndLimitsButNeverTheKey() {
    var response = api.get("/api/providers");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).doesNotContain(KEY);
    JsonNode first = response.json().get(0);
    assertThat(first.get("name").stringValue()).isEqualTo("openai");
    assertThat(first.get("isDefault").booleanValue()).isTrue();
    assertThat(first.get("draft").booleanValue()).isFalse();
    assertThat(first.get("defaultModel").stringValue()).isEqualTo("gpt-4o-mini");
    assertThat(first.get("limits").get("requestsPerMinute").intValue()).isEqualTo(6000);
    assertThat(response.json().findValuesAsString("name")).contains("offline");
  }

  @Test
  void onceTheProviderHasAnsweredItsPaceShowsTheLimitItAnnouncesAndWhetherItBinds() {
    awaitFinished(submit("pace", 1));

    JsonNode pace = api.get("/api/providers").json().get(0).get("pace");
    assertThat(pace.get("requestsPerMinute").doubleValue()).isEqualTo(6000 * 0.98);
    assertThat(pace.get("tokensPerMinute").doubleValue()).isEqualTo(2_000_000 * 0.98);
    // about 1,000 tokens a call: 1,960 calls a minute by tokens, fewer than 5,880 by requests
    assertThat(pace.get("binding").stringValue()).isEqualTo("TOKENS");
    assertThat(pace.get("source").stringValue()).isEqualTo("PROVIDER");
    assertThat(pace.get("inFlightTarget").intValue()).isPositive();
  }

  @Test
  void aBatchIsWrittenByTheDefaultProviderAndItsTokenUsageIsRecordedPerArticleAndBatch() {
    JsonNode batch = submit("usage", 5);
    JsonNode done = awaitFinished(batch);

    assertThat(done.get("counts").get("succeeded").intValue()).isEqualTo(5);
    assertThat(done.get("engine").get("draft").booleanValue()).isFalse();
    assertThat(done.get("usage").get("completionTokens").longValue()).isPositive();
    assertThat(done.get("usage").get("costUsd").doubleValue()).isPositive();
    String articleId = done.get("items").get("content").get(0).get("id").stringValue();
    JsonNode article = api.get("/api/articles/" + articleId).json();
    assertThat(article.get("usage").get("promptTokens").longValue()).isPositive();
    assertThat(article.get("markdown").stringValue()).startsWith("# A Guide to usage");
  }

  @Test
  void withOneRequestInFiveFailingEveryArticleIsStillWrittenExactlyOnce() {
    simulator.faultRate(0.2);
    JsonNode batch = submit("faulty", 30);
    JsonNode done = awaitFinished(batch);

    assertThat(done.get("counts").get("succeeded").intValue()).isEqualTo(30);
    for (int i = 1; i <= 30; i++) {
      assertThat(simulator.written("faulty " + i)).as("faulty " + i).isEqualTo(1);
    }
  }

  @Test
  void aRevokedKeyPausesTheBatchWithTheReasonAndResumingAfterTheFixFinishesIt() {
    simulator.revokeKey(true);
    JsonNode batch = submit("revoked", 8);
    String id = batch.get("id").stringValue();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              JsonNode now = api.get("/api/articles/queue/" + id).json();
              return now.get("status").stringValue().equals("PAUSED")
                  && now.get("counts").get("running").intValue() == 0;
            });
    JsonNode paused = api.get("/api/articles/queue/" + id).json();
    assertThat(paused.get("statusReason").stringValue())
        .contains("rejected the API key")
        .contains("bulkwriter.openai.api-key")
        .doesNotContain(KEY);
    assertThat(paused.get("counts").get("failed").intValue()).isZero();

    simulator.revokeKey(false);
    assertThat(api.post("/api/articles/queue/" + id + "/resume").status()).isEqualTo(200);

    assertThat(awaitFinished(batch).get("counts").get("succeeded").intValue()).isEqualTo(8);
  }

  private JsonNode submit(String prefix, int count) {
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      items.append(i == 1 ? "" : ",").append("{\"keyword\": \"").append(prefix).append(' ');
      items.append(i).append("\"}");
    }
    var response =
        api.post(
            "/api/articles/bulk",
            "application/json",
            "{\"name\": \"%s\", \"settings\": {\"wordCount\": 300}, \"items\": [%s]}"
                .formatted(prefix, items));
    assertThat(response.status()).isEqualTo(202);
    return response.json();
  }

  private JsonNode awaitFinished(JsonNode batch) {
    String path = "/api/articles/queue/" + batch.get("id").stringValue();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              JsonNode counts = api.get(path).json().get("counts");
              return counts.get("queued").intValue() + counts.get("running").intValue() == 0;
            });
    return api.get(path).json();
  }
}
