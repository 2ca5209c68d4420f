package com.bulkwriter.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Live progress end to end with a real STOMP client: every state change of a batch arrives in order
 * without gaps, a client that drops its connection catches up exactly what it missed, and nobody
 * watches a batch that is not theirs.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bulkwriter.offline.delay=150ms",
      "bulkwriter.queue.max-in-flight=2",
      "bulkwriter.queue.poll-interval=50ms",
      "bulkwriter.queue.completion-interval=100ms",
      "bulkwriter.progress.progress-interval=100ms"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveProgressTest {

  @LocalServerPort int port;

  Api admin;
  Api alice;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeAll
  void accounts() {
    admin = new Api(port);
    var created =
        admin.post(
            "/api/users",
            "application/json",
            "{\"username\": \"alice\", \"password\": \"Hedgerow-Quill-7391\", \"role\": \"USER\"}");
    assertThat(created.status()).isEqualTo(201);
    alice = admin.as("alice", Api.USER_PASSWORD);
  }

  @Test
  void everyStateChangeArrivesInOrderWithoutGaps() throws Exception {
    try (StompWatcher watcher = StompWatcher.connect(port, alice.token())) {
      UUID batch = submit(alice, 6);
      watcher.subscribe("/topic/batches." + batch);
      // what happened before the subscription counts too: catch up from 0, as the browser does
      Map<Long, JsonNode> events = new TreeMap<>();
      catchUp(alice, batch, 0).forEach(event -> events.put(event.get("seq").asLong(), event));
      await().atMost(StompWatcher.timeout()).until(() -> finished(watcher.received));
      watcher.received.forEach(event -> events.put(event.get("seq").asLong(), event));

      assertThat(events.keySet())
          .containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
      assertThat(watcher.received)
          .extracting(event -> event.get("seq").asLong())
          .isSorted()
          .doesNotHaveDuplicates();
      Map<String, List<String>> perArticle = new HashMap<>();
      events.values().stream()
          .filter(event -> "ARTICLE_UPDATED".equals(event.get("kind").asString()))
          .forEach(
              event ->
                  perArticle
                      .computeIfAbsent(
                          event.get("article").get("id").asString(), id -> new ArrayList<>())
                      .add(event.get("article").get("status").asString()));
      assertThat(perArticle).hasSize(6);
      perArticle
          .values()
          .forEach(states -> assertThat(states).containsExactly("RUNNING", "SUCCEEDED"));
      // a success brings the written title and length, so a row needs no reload to show them
      events.values().stream()
          .filter(event -> "ARTICLE_UPDATED".equals(event.get("kind").asString()))
          .map(event -> event.get("article"))
          .forEach(
              article -> {
                boolean written = "SUCCEEDED".equals(article.get("status").asString());
                assertThat(article.get("wordCount").isNull()).isEqualTo(!written);
                assertThat(article.get("title").isNull()).isEqualTo(!written);
                if (written) {
                  assertThat(article.get("wordCount").asInt()).isPositive();
                }
              });
      JsonNode last =
          events.values().stream()
              .filter(event -> "BATCH_UPDATED".equals(event.get("kind").asString()))
              .reduce((first, second) -> second)
              .orElseThrow()
              .get("batch");
      assertThat(last.get("status").asString()).isEqualTo("COMPLETED");
      assertThat(last.get("succeeded").asInt()).isEqualTo(6);
      assertThat(last.get("progress").asDouble()).isEqualTo(100.0);
    }
  }

  @Test
  void theFirstTimeLeftIsTheEstimateBeforeSubmitAndItEndsAtZero() throws Exception {
    // 40 drafts at 150 ms, 2 at a time: the estimate says 20 rounds, 3 s
    long estimate =
        alice
            .post(
                "/api/articles/bulk/estimate",
                "application/json",
                "{\"name\": \"Live\", \"items\": [" + keywords(40) + "]}")
            .json()
            .get("durationSeconds")
            .asLong();
    assertThat(estimate).isEqualTo(3);
    UUID batch = submit(alice, 40);
    await().atMost(StompWatcher.timeout()).until(() -> finished(catchUp(alice, batch, 0)));
    List<JsonNode> updates =
        catchUp(alice, batch, 0).stream()
            .filter(event -> "BATCH_UPDATED".equals(event.get("kind").asString()))
            .map(event -> event.get("batch"))
            .filter(state -> "RUNNING".equals(state.get("status").asString()))
            .toList();
    JsonNode first = updates.getFirst();
    assertThat(first.get("succeeded").asInt()).isZero();
    assertThat(first.get("etaSeconds").asDouble()).isBetween(estimate * 0.75, estimate * 1.25);
    assertThat(first.get("articlesPerMinute").asDouble()).isPositive();
    assertThat(first.get("pace").isNull()).isTrue(); // the offline engine has no provider limit
    assertThat(updates.getLast().get("etaSeconds").asLong()).isLessThanOrEqualTo(1);
  }

  @Test
  void aClientThatReconnectsReceivesExactlyWhatItMissed() throws Exception {
    UUID batch = submit(alice, 8);
    long seen;
    try (StompWatcher first = StompWatcher.connect(port, alice.token())) {
      first.subscribe("/topic/batches." + batch);
      await().atMost(StompWatcher.timeout()).until(() -> first.received.size() >= 3);
      seen = first.lastSeq();
    } // the connection drops mid-batch
    await().atMost(StompWatcher.timeout()).until(() -> lastSeq(batch) > seen + 3);

    try (StompWatcher again = StompWatcher.connect(port, alice.token())) {
      again.subscribe("/topic/batches." + batch);
      List<JsonNode> missed = catchUp(alice, batch, seen);
      assertThat(missed).extracting(event -> event.get("seq").asLong()).first().isEqualTo(seen + 1);
      Map<Long, JsonNode> after = new TreeMap<>();
      missed.forEach(event -> after.put(event.get("seq").asLong(), event));
      await().atMost(StompWatcher.timeout()).until(() -> finished(catchUp(alice, batch, seen)));
      again.received.forEach(event -> after.put(event.get("seq").asLong(), event));
      catchUp(alice, batch, seen).forEach(event -> after.put(event.get("seq").asLong(), event));
      assertThat(after.keySet())
          .containsExactlyElementsOf(
              LongStream.rangeClosed(seen + 1, seen + after.size()).boxed().toList());
      assertThat(catchUp(alice, batch, seen))
          .extracting(event -> event.get("seq").asLong())
          .containsExactlyElementsOf(after.keySet());
    }
  }

  @Test
  void onlyTheOwnerAndAdminsWatchABatch() throws Exception {
    UUID batch = submit(admin, 1);
    try (StompWatcher owner = StompWatcher.connect(port, admin.token())) {
      owner.subscribe("/topic/batches." + batch);
      owner.subscribe("/user/queue/notifications");
      assertThat(owner.connected()).isTrue();
    }
    try (StompWatcher other = StompWatcher.connect(port, alice.token())) {
      other.trySubscribe("/topic/batches." + batch);
      await().atMost(StompWatcher.timeout()).until(() -> other.error.isDone());
      await().atMost(StompWatcher.timeout()).until(() -> !other.connected());
    }
    try (StompWatcher other = StompWatcher.connect(port, alice.token())) {
      other.trySubscribe("/topic/anything-else");
      await().atMost(StompWatcher.timeout()).until(() -> !other.connected());
    }
    assertThat(alice.get("/api/articles/queue/" + batch + "/events").status()).isEqualTo(404);
    assertThat(admin.anonymous().get("/api/articles/queue/" + batch + "/events").status())
        .isEqualTo(401);
    assertThat(admin.get("/api/articles/queue/" + batch + "/events?after=-1").status())
        .isEqualTo(400);
  }

  @Test
  void anAdminWatchesAnyonesBatch() throws Exception {
    UUID batch = submit(alice, 1);
    try (StompWatcher watcher = StompWatcher.connect(port, admin.token())) {
      watcher.subscribe("/topic/batches." + batch); // waits for the receipt: allowed
      assertThat(watcher.connected()).isTrue();
      assertThat(watcher.error).isNotDone();
    }
    assertThat(admin.get("/api/articles/queue/" + batch + "/events").status()).isEqualTo(200);
  }

  @Test
  void theHandshakeNeedsCredentials() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StompWatcher.connect(port, null))
        .hasMessageContaining("401");
  }

  private boolean finished(List<JsonNode> events) {
    return events.stream()
        .anyMatch(
            event ->
                "NOTIFICATION".equals(event.get("kind").asString())
                    && "BATCH_FINISHED".equals(event.get("notification").get("type").asString()));
  }

  private long lastSeq(UUID batch) {
    return catchUp(alice, batch, 0).stream()
        .mapToLong(event -> event.get("seq").asLong())
        .max()
        .orElse(0);
  }

  private static List<JsonNode> catchUp(Api api, UUID batch, long after) {
    var response = api.get("/api/articles/queue/" + batch + "/events?after=" + after);
    assertThat(response.status()).isEqualTo(200);
    List<JsonNode> events = new ArrayList<>();
    response.json().forEach(events::add);
    return events;
  }

  private static String keywords(int articles) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < articles; i++) {
      items.append(i == 0 ? "" : ",").append("\"keyword ").append(i).append('"');
    }
    return items.toString();
  }

  private static UUID submit(Api api, int articles) {
    var response =
        api.post(
            "/api/articles/bulk",
            "application/json",
            "{\"name\": \"Live\", \"items\": [" + keywords(articles) + "]}");
    assertThat(response.status()).isEqualTo(202);
    return UUID.fromString(response.json().get("id").asString());
  }
}
