package com.bulkwriter.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.TestApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes on one real PostgreSQL: an export built on one node downloads, whole and by range, from
 * the other; expired exports are cleaned with their chunks, stale ones are failed.
 */
class TwoNodeExportTest {

  @Test
  void anyNodeServesAnyExportAndTheCleanerRemovesExpiredOnes() throws InterruptedException {
    Map<String, Object> database = DatabaseUnderTest.POSTGRESQL.properties();
    Map<String, Object> settings =
        Map.of("bulkwriter.export.chunk-size", "4KB", "bulkwriter.export.expiry", "3s");
    try (ConfigurableApplicationContext builder = TestApplication.start(database, settings);
        ConfigurableApplicationContext server =
            TestApplication.start(
                database,
                Map.of(
                    "bulkwriter.queue.enabled", "false",
                    "bulkwriter.export.chunk-size", "4KB",
                    "bulkwriter.export.expiry", "3s"))) {
      ExportClient a = new ExportClient(port(builder));
      ExportClient b = new ExportClient(port(server));
      String batch = a.completedBatch("Shared", "sourdough", "rye bread", "focaccia");
      String id =
          a.start("{\"batchIds\": [\"%s\"], \"formats\": [\"docx\", \"txt\"]}".formatted(batch))
              .json()
              .get("id")
              .stringValue();
      assertThat(a.awaitFinished(id).get("status").stringValue()).isEqualTo("SUCCEEDED");

      byte[] fromA = a.download(id).body();
      var whole = b.download(id);
      assertThat(whole.statusCode()).isEqualTo(200);
      assertThat(whole.body()).isEqualTo(fromA);
      var range = b.download(id, "Range", "bytes=4090-4200");
      assertThat(range.statusCode()).isEqualTo(206);
      assertThat(range.body()).isEqualTo(Arrays.copyOfRange(fromA, 4090, 4201));
      assertThat(ExportClient.unzip(whole.body())).containsKey("Shared/txt/focaccia.txt");

      JdbcClient jdbc = server.getBean(JdbcClient.class);
      assertThat(chunks(jdbc, id)).isGreaterThan(1);
      Thread.sleep(Duration.ofSeconds(3).plusMillis(200));
      assertThat(server.getBean(ExportCleaner.class).clean()).isEqualTo(1);
      assertThat(b.api().get("/api/exports/" + id).status()).isEqualTo(404);
      assertThat(chunks(jdbc, id)).isZero();

      Exports exports = server.getBean(Exports.class);
      Export queued = exportWith(UUID.randomUUID(), Instant.now());
      exports.insert(queued, null);
      assertThat(exports.failStale(Instant.now().plusSeconds(60), Instant.now()))
          .extracting(Export::id)
          .containsExactly(queued.id());
      assertThat(exports.find("local", queued.id()).orElseThrow().status())
          .isEqualTo(ExportStatus.FAILED);
    }
  }

  private static Export exportWith(UUID id, Instant now) {
    return new Export(
        id,
        "local",
        ExportStatus.QUEUED,
        java.util.List.of(ExportFormat.TXT),
        ExportLayout.BY_FORMAT,
        java.util.List.of(),
        false,
        false,
        "x.zip",
        1,
        0,
        null,
        null,
        4096,
        null,
        now,
        null,
        null,
        now.plusSeconds(3600));
  }

  private static int chunks(JdbcClient jdbc, String id) {
    return jdbc.sql("SELECT count(*) FROM export_chunks WHERE export_id = :id")
        .param("id", UUID.fromString(id))
        .query(Integer.class)
        .single();
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
