package com.bulkwriter.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.publishing.PublishingClient;
import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Publish jobs followed live with a real STOMP client: the owner receives every change of a job on
 * {@code /user/queue/publishing} (started, paused with its reason, cancelled, with its counts);
 * another user receives none of it (nor can subscribe to someone else's queue: {@code
 * LiveExportsTest}).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bulkwriter.offline.delay=0",
      "bulkwriter.queue.poll-interval=50ms",
      "bulkwriter.queue.completion-interval=100ms",
      "bulkwriter.publishing.poll-interval=100ms"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivePublishingTest {

  /** A site nobody answers on: its publications are retried, the job stays RUNNING. */
  static final String NOWHERE = "http://127.0.0.1:9";

  @LocalServerPort int port;

  PublishingClient alice;
  Api bob;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.register(registry);
  }

  @BeforeAll
  void accounts() {
    Api admin = new Api(port);
    alice = new PublishingClient(admin.newUser("alice"));
    bob = admin.newUser("bob");
  }

  @Test
  void theOwnerFollowsAPublishJobLive() throws Exception {
    String site = alice.connect(NOWHERE, "editor", "ABCD efgh IJKL mnop QRST uvwx");
    String batch = new ExportClient(alice.api()).completedBatch("Live publishing", "one", "two");
    try (StompWatcher owner = StompWatcher.connect(port, alice.api().token());
        StompWatcher other = StompWatcher.connect(port, bob.token())) {
      owner.subscribe("/user/queue/publishing");
      other.subscribe("/user/queue/publishing");

      String job =
          alice.publish("{\"siteId\": \"%s\", \"batchId\": \"%s\"}".formatted(site, batch));
      await().atMost(StompWatcher.timeout()).until(() -> !updates(owner, job).isEmpty());
      JsonNode started = updates(owner, job).getFirst().get("job");
      assertThat(started.get("status").stringValue()).isEqualTo("RUNNING");
      assertThat(started.get("total").intValue()).isEqualTo(2);
      assertThat(started.get("siteId").stringValue()).isEqualTo(site);

      alice.api().post("/api/publish-jobs/" + job + "/pause");
      await().atMost(StompWatcher.timeout()).until(() -> last(owner, job, "PAUSED") != null);
      assertThat(last(owner, job, "PAUSED").get("statusReason").stringValue())
          .isEqualTo("Paused by the user");

      alice.api().post("/api/publish-jobs/" + job + "/cancel");
      await().atMost(StompWatcher.timeout()).until(() -> last(owner, job, "CANCELLED") != null);
      JsonNode cancelled = last(owner, job, "CANCELLED");
      assertThat(cancelled.get("done").intValue())
          .isEqualTo(cancelled.get("cancelled").intValue() + cancelled.get("failed").intValue());

      Thread.sleep(Duration.ofMillis(300));
      assertThat(other.received).isEmpty();
    }
  }

  private static List<JsonNode> updates(StompWatcher watcher, String jobId) {
    return watcher.received.stream()
        .filter(event -> "PUBLISH_JOB_UPDATED".equals(event.path("kind").asString()))
        .filter(event -> jobId.equals(event.get("job").get("id").asString()))
        .toList();
  }

  private static JsonNode last(StompWatcher watcher, String jobId, String status) {
    return updates(watcher, jobId).stream()
        .map(event -> event.get("job"))
        .filter(job -> status.equals(job.get("status").asString()))
        .reduce((first, second) -> second)
        .orElse(null);
  }
}
