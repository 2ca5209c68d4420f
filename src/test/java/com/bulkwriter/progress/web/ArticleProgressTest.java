package com.bulkwriter.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.LlmSimulator;
import com.bulkwriter.support.TestApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Words written so far, end to end: a node writes articles through the OpenAI wire protocol against
 * the simulator, which streams each answer in parts with time between them. The batch's watchers
 * get ARTICLE_PROGRESS events with growing figures for each running article, coalesced to at most
 * one per batch per progress interval, numbered with the batch's other events and never after the
 * article's outcome.
 */
class ArticleProgressTest {

  private static final String KEY = "sk-progress";
  private static final Duration INTERVAL = Duration.ofMillis(200);
  private static final int TARGET = 1_200;

  @Test
  void runningArticlesReportGrowingWordCountsInCoalescedNumberedEvents() throws Exception {
    try (LlmSimulator simulator =
            LlmSimulator.start(KEY, 6_000, 2_000_000).pace(Duration.ofMillis(120));
        ConfigurableApplicationContext node =
            TestApplication.start(
                DatabaseUnderTest.H2.properties(),
                simulator.openAiSettings(
                    "bulkwriter.queue.max-in-flight",
                    3,
                    "bulkwriter.progress.progress-interval",
                    INTERVAL.toMillis() + "ms"))) {
      int port = ((WebServerApplicationContext) node).getWebServer().getPort();
      Api api = new Api(port);
      try (StompWatcher watcher = StompWatcher.connect(port, api.token())) {
        var submitted =
            api.post(
                "/api/articles/bulk",
                "application/json",
                "{\"settings\": {\"provider\": \"openai\", \"wordCount\": "
                    + TARGET
                    + "}, \"items\": [\"cold brew\", \"pour over\", \"french press\"]}");
        assertThat(submitted.status()).isEqualTo(202);
        UUID batch = UUID.fromString(submitted.json().get("id").asString());
        watcher.subscribe("/topic/batches." + batch);
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> finished(catchUp(api, batch)));

        List<JsonNode> events = catchUp(api, batch);
        assertThat(events)
            .extracting(event -> event.get("seq").asLong())
            .containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
        List<JsonNode> progress =
            events.stream().filter(event -> kind(event).equals("ARTICLE_PROGRESS")).toList();
        assertThat(progress).isNotEmpty();
        assertThat(watcher.received).anyMatch(event -> kind(event).equals("ARTICLE_PROGRESS"));

        Map<String, List<Integer>> words = new HashMap<>();
        for (JsonNode event : progress) {
          for (JsonNode article : event.get("articles")) {
            assertThat(article.get("targetWords").asInt()).isEqualTo(TARGET);
            words
                .computeIfAbsent(article.get("id").asString(), id -> new ArrayList<>())
                .add(article.get("words").asInt());
          }
        }
        assertThat(words).hasSize(3);
        words.forEach(
            (article, figures) ->
                assertThat(figures)
                    .as("words of %s, event by event", article)
                    .hasSizeGreaterThanOrEqualTo(2)
                    .doesNotHaveDuplicates()
                    .isSorted()
                    .allSatisfy(figure -> assertThat(figure).isBetween(1, TARGET * 2)));
        words.keySet().forEach(article -> assertReportedOnlyWhileRunning(events, article));

        // coalesced: one event carries several articles, and no two come closer than the interval,
        // so a batch never sends more than one per interval however many articles stream
        assertThat(progress).anyMatch(event -> event.get("articles").size() > 1);
        for (int i = 1; i < progress.size(); i++) {
          assertThat(Duration.between(at(progress.get(i - 1)), at(progress.get(i))))
              .isGreaterThanOrEqualTo(INTERVAL);
        }
      }
    }
  }

  /** Every figure of the article lies between its RUNNING event and its outcome. */
  private static void assertReportedOnlyWhileRunning(List<JsonNode> events, String article) {
    long running = -1;
    long outcome = -1;
    List<Long> reported = new ArrayList<>();
    for (JsonNode event : events) {
      long seq = event.get("seq").asLong();
      if (kind(event).equals("ARTICLE_UPDATED")
          && event.get("article").get("id").asString().equals(article)) {
        if (event.get("article").get("status").asString().equals("RUNNING")) {
          running = seq;
        } else {
          outcome = seq;
        }
      }
      if (kind(event).equals("ARTICLE_PROGRESS")) {
        for (JsonNode figure : event.get("articles")) {
          if (figure.get("id").asString().equals(article)) {
            reported.add(seq);
          }
        }
      }
    }
    long start = running;
    long end = outcome;
    assertThat(reported).isNotEmpty().allSatisfy(seq -> assertThat(seq).isBetween(start, end));
  }

  private static String kind(JsonNode event) {
    return event.get("kind").asString();
  }

  private static Instant at(JsonNode event) {
    return Instant.parse(event.get("at").asString());
  }

  private static boolean finished(List<JsonNode> events) {
    return events.stream()
        .anyMatch(
            event ->
                kind(event).equals("NOTIFICATION")
                    && "BATCH_FINISHED".equals(event.get("notification").get("type").asString()));
  }

  private static List<JsonNode> catchUp(Api api, UUID batch) {
    var response = api.get("/api/articles/queue/" + batch + "/events?after=0");
    assertThat(response.status()).isEqualTo(200);
    List<JsonNode> events = new ArrayList<>();
    response.json().forEach(events::add);
    return events;
  }
}
