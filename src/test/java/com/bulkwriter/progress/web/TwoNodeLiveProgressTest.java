package com.bulkwriter.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.TestApplication;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one real PostgreSQL: a batch written by one node is watched live from the other,
 * whose subscriber receives every event the first node stored, and an export built on the first
 * node is announced to its owner connected to the other.
 */
class TwoNodeLiveProgressTest {

  @Test
  void anEventFromOneNodeReachesASubscriberOnTheOther() throws Exception {
    Map<String, Object> database = DatabaseUnderTest.POSTGRESQL.properties();
    try (ConfigurableApplicationContext writer =
            TestApplication.start(
                database,
                // slow enough that the watcher subscribes before the articles are written
                Map.of("bulkwriter.offline.delay", "1s", "bulkwriter.queue.max-in-flight", "1"));
        ConfigurableApplicationContext watcherNode =
            TestApplication.start(
                database,
                // a poll every minute: within the test's time only NOTIFY brings the events
                Map.of(
                    "bulkwriter.queue.enabled", "false",
                    "bulkwriter.progress.relay-poll-interval", "60s"))) {
      Api onWriter = new Api(port(writer));
      Api onWatcher = new Api(port(watcherNode));
      try (StompWatcher watcher = StompWatcher.connect(port(watcherNode), onWatcher.token())) {
        watcher.subscribe("/user/queue/notifications");
        watcher.subscribe("/user/queue/exports");
        var submitted =
            onWriter.post(
                "/api/articles/bulk",
                "application/json",
                "{\"name\": \"Far away\", \"items\": [\"one\", \"two\", \"three\"]}");
        assertThat(submitted.status()).isEqualTo(202);
        UUID batch = UUID.fromString(submitted.json().get("id").asString());
        watcher.subscribe("/topic/batches." + batch);
        // article changes written on the other node arrive here
        await()
            .atMost(StompWatcher.timeout())
            .until(
                () ->
                    watcher.received.stream()
                            .filter(
                                event -> batch.toString().equals(event.get("batchId").asString()))
                            .filter(event -> event.has("article"))
                            .count()
                        >= 3);
        await()
            .atMost(StompWatcher.timeout())
            .until(
                () ->
                    watcher.received.stream()
                        .anyMatch(
                            event ->
                                event.has("notification")
                                    && "BATCH_FINISHED"
                                        .equals(event.get("notification").get("type").asString())));
        long last = onWatcher.get("/api/articles/queue/" + batch + "/events").json().size();
        assertThat(last).isGreaterThan(3);

        // an export built on the writer node: its owner hears of it on the watcher's node
        String export =
            onWriter
                .post(
                    "/api/exports",
                    "application/json",
                    "{\"batchIds\": [\"%s\"], \"formats\": [\"txt\"]}".formatted(batch))
                .json()
                .get("id")
                .asString();
        await()
            .atMost(StompWatcher.timeout())
            .until(
                () ->
                    watcher.received.stream()
                        .filter(event -> event.has("export"))
                        .filter(event -> export.equals(event.get("export").get("id").asString()))
                        .anyMatch(
                            event ->
                                "EXPORT_READY"
                                    .equals(event.path("notification").path("type").asString())));
        assertThat(watcher.received)
            .filteredOn(event -> "EXPORT_UPDATED".equals(event.path("kind").asString()))
            .extracting(event -> event.get("export").get("status").asString())
            .contains("QUEUED", "RUNNING", "SUCCEEDED");
      }
    }
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
