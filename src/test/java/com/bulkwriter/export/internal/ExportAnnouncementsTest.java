package com.bulkwriter.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.export.ExportChanged;
import com.bulkwriter.export.ExportClient;
import com.bulkwriter.support.DatabaseUnderTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What the export module announces: an export's queueing, start, success and failure always, its
 * progress no more often than {@code event-interval} (here an hour: never within a short export),
 * and the failure of an export whose node stopped.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bulkwriter.offline.delay=0",
      "bulkwriter.queue.poll-interval=50ms",
      "bulkwriter.queue.completion-interval=100ms",
      "bulkwriter.export.event-interval=1h"
    })
class ExportAnnouncementsTest {

  @LocalServerPort int port;
  @Autowired Heard heard;
  @Autowired Exports exports;
  @Autowired ExportCleaner cleaner;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @Test
  void anExportAnnouncesItsStartAndEndButItsProgressAtMostOncePerEventInterval() {
    ExportClient client = new ExportClient(port);
    String batch = client.completedBatch("Announced", "one", "two", "three", "four", "five");
    String id =
        client
            .start("{\"batchIds\": [\"%s\"], \"formats\": [\"txt\"]}".formatted(batch))
            .json()
            .get("id")
            .stringValue();
    JsonNode done = client.awaitFinished(id);
    // announced just after the change is stored, so possibly just after the answer above
    await().atMost(Duration.ofSeconds(10)).until(() -> heard.of(UUID.fromString(id)).size() == 3);

    List<ExportChanged> changes = heard.of(UUID.fromString(id));
    assertThat(changes)
        .extracting(ExportChanged::status, ExportChanged::processed)
        .containsExactly(
            tuple(ExportChanged.Status.QUEUED, 0),
            tuple(ExportChanged.Status.RUNNING, 0),
            tuple(ExportChanged.Status.SUCCEEDED, 5));
    ExportChanged succeeded = changes.getLast();
    assertThat(succeeded.owner()).isEqualTo("admin");
    assertThat(succeeded.total()).isEqualTo(5);
    assertThat(succeeded.progress()).isEqualTo(100.0);
    assertThat(succeeded.fileName()).isEqualTo(done.get("fileName").stringValue());
    assertThat(succeeded.sizeBytes()).isEqualTo(done.get("sizeBytes").longValue());
    assertThat(succeeded.downloadUrl()).isEqualTo("/api/exports/" + id + "/download");
    assertThat(changes.getFirst().downloadUrl()).isNull();
  }

  @Test
  void anExportWhoseNodeStoppedIsFailedAndAnnounced() {
    Instant longAgo = Instant.now().minus(Duration.ofHours(1));
    Export abandoned =
        new Export(
            UUID.randomUUID(),
            "admin",
            ExportStatus.QUEUED,
            List.of(ExportFormat.TXT),
            ExportLayout.BY_FORMAT,
            List.of(),
            false,
            false,
            "abandoned.zip",
            3,
            0,
            null,
            null,
            4096,
            null,
            longAgo,
            null,
            null,
            longAgo.plus(Duration.ofDays(1)));
    exports.insert(abandoned, null);

    cleaner.clean();

    assertThat(heard.of(abandoned.id()))
        .singleElement()
        .satisfies(
            failed -> {
              assertThat(failed.status()).isEqualTo(ExportChanged.Status.FAILED);
              assertThat(failed.error()).isEqualTo(Exports.STALE);
              assertThat(failed.fileName()).isEqualTo("abandoned.zip");
            });
    assertThat(exports.find(null, abandoned.id()).orElseThrow().status())
        .isEqualTo(ExportStatus.FAILED);
  }

  /** Every export change announced in this application, in order. */
  static class Heard {
    private final List<ExportChanged> changes = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ExportChanged changed) {
      changes.add(changed);
    }

    List<ExportChanged> of(UUID exportId) {
      return changes.stream().filter(c -> c.exportId().equals(exportId)).toList();
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Listening {
    @Bean
    Heard heard() {
      return new Heard();
    }
  }
}
