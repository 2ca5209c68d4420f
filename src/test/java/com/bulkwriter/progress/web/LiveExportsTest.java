package com.bulkwriter.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.export.ExportChanged;
import com.bulkwriter.export.ExportClient;
import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Exports followed live with a real STOMP client: the owner receives every change of an export on
 * {@code /user/queue/exports} and "ready" or "failed" on {@code /user/queue/notifications}; another
 * user receives none of it and cannot subscribe to someone else's queue.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bulkwriter.offline.delay=0",
      "bulkwriter.queue.poll-interval=50ms",
      "bulkwriter.queue.completion-interval=100ms",
      // every article's progress is announced, so a short export shows some
      "bulkwriter.export.event-interval=0ms"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveExportsTest {

  @LocalServerPort int port;
  @Autowired ApplicationEventPublisher events;

  ExportClient alice;
  Api bob;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeAll
  void accounts() {
    Api admin = new Api(port);
    alice = new ExportClient(admin.newUser("alice"));
    bob = admin.newUser("bob");
  }

  @Test
  void theOwnerFollowsAnExportsProgressAndIsToldWhenItIsReady() throws Exception {
    String batch = alice.completedBatch("Live export", "tea", "coffee", "cocoa", "mate");
    try (StompWatcher owner = StompWatcher.connect(port, alice.api().token());
        StompWatcher other = StompWatcher.connect(port, bob.token())) {
      for (StompWatcher watcher : List.of(owner, other)) {
        watcher.subscribe("/user/queue/exports");
        watcher.subscribe("/user/queue/notifications");
      }
      String id =
          alice
              .start("{\"batchIds\": [\"%s\"], \"formats\": [\"md\"]}".formatted(batch))
              .json()
              .get("id")
              .stringValue();

      await().atMost(StompWatcher.timeout()).until(() -> notice(owner, id) != null);
      JsonNode ready = notice(owner, id);
      JsonNode done = alice.awaitFinished(id);
      assertThat(ready.get("notification").get("type").stringValue()).isEqualTo("EXPORT_READY");
      assertThat(ready.get("notification").get("message").stringValue())
          .contains(done.get("fileName").stringValue(), "4 articles");
      assertThat(ready.get("export").get("downloadUrl").stringValue())
          .isEqualTo("/api/exports/" + id + "/download");

      List<JsonNode> updates = updates(owner, id);
      assertThat(updates)
          .extracting(update -> update.get("export").get("status").stringValue())
          .startsWith("QUEUED", "RUNNING")
          .contains("RUNNING")
          .endsWith("SUCCEEDED");
      assertThat(updates)
          .extracting(update -> update.get("export").get("processed").intValue())
          .isSorted()
          .contains(0, 1, 2, 3, 4);
      JsonNode last = updates.getLast().get("export");
      assertThat(last.get("progress").doubleValue()).isEqualTo(100.0);
      assertThat(last.get("articles").intValue()).isEqualTo(4);
      assertThat(last.get("sizeBytes").longValue()).isEqualTo(done.get("sizeBytes").longValue());

      // delivered at the same time as the owner's: had bob been sent any, they would be here
      Thread.sleep(Duration.ofMillis(300));
      assertThat(other.received).isEmpty();
    }
  }

  @Test
  void aFailedExportIsAnnouncedToItsOwnerOnly() throws Exception {
    try (StompWatcher owner = StompWatcher.connect(port, alice.api().token());
        StompWatcher other = StompWatcher.connect(port, bob.token())) {
      owner.subscribe("/user/queue/notifications");
      other.subscribe("/user/queue/notifications");
      UUID id = UUID.randomUUID();
      events.publishEvent(
          new ExportChanged(
              id,
              "alice",
              ExportChanged.Status.FAILED,
              2,
              5,
              40.0,
              "Garden.zip",
              null,
              "IOException: disk full",
              Instant.now()));

      await().atMost(StompWatcher.timeout()).until(() -> notice(owner, id.toString()) != null);
      JsonNode failed = notice(owner, id.toString());
      assertThat(failed.get("notification").get("type").stringValue()).isEqualTo("EXPORT_FAILED");
      assertThat(failed.get("notification").get("message").stringValue())
          .isEqualTo("Export Garden.zip failed: IOException: disk full");
      assertThat(failed.get("export").get("downloadUrl").isNull()).isTrue();
      Thread.sleep(Duration.ofMillis(300));
      assertThat(other.received).isEmpty();
    }
  }

  @Test
  void nobodySubscribesToAnotherUsersExportsOrPublishJobs() throws Exception {
    for (String destination :
        List.of(
            "/user/alice/queue/exports",
            "/queue/exports",
            "/queue/exports-user0",
            "/user/alice/queue/publishing",
            "/queue/publishing-user0")) {
      try (StompWatcher intruder = StompWatcher.connect(port, bob.token())) {
        intruder.trySubscribe(destination);
        await().atMost(StompWatcher.timeout()).until(() -> !intruder.connected());
        assertThat(intruder.error).isDone();
      }
    }
  }

  private static List<JsonNode> updates(StompWatcher watcher, String exportId) {
    return watcher.received.stream()
        .filter(event -> "EXPORT_UPDATED".equals(event.path("kind").asString()))
        .filter(event -> exportId.equals(event.get("export").get("id").asString()))
        .toList();
  }

  private static JsonNode notice(StompWatcher watcher, String exportId) {
    return watcher.received.stream()
        .filter(event -> "NOTIFICATION".equals(event.path("kind").asString()))
        .filter(event -> exportId.equals(event.path("export").path("id").asString()))
        .findFirst()
        .orElse(null);
  }
}
