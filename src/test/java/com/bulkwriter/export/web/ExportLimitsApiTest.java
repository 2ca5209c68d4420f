package com.bulkwriter.export.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.TestApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Per-user export limits (queued or running at once, bytes stored) and the fair line: one user's
 * backlog of big exports does not keep another user's small export waiting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportLimitsApiTest {

  private ConfigurableApplicationContext busy;
  private ConfigurableApplicationContext small;

  @BeforeAll
  void start() {
    busy =
        TestApplication.start(
            DatabaseUnderTest.H2.properties(),
            Map.of(
                "bulkwriter.export.concurrency", "2",
                "bulkwriter.export.max-running-per-user", "1",
                "bulkwriter.export.max-active-per-user", "4"));
    small =
        TestApplication.start(
            DatabaseUnderTest.H2.properties(),
            Map.of("bulkwriter.export.max-stored-per-user", "12KB"));
  }

  @AfterAll
  void stop() {
    busy.close();
    small.close();
  }

  private static Api admin(ConfigurableApplicationContext node) {
    return new Api(((WebServerApplicationContext) node).getWebServer().getPort());
  }

  @Test
  void anotherUsersSmallExportStartsWithinFiveSecondsWhileOneUserHasBigExportsQueued() {
    ExportClient heavy = new ExportClient(admin(busy).newUser("heavy-exporter"));
    ExportClient light = new ExportClient(admin(busy).newUser("light-exporter"));
    String big = bigBatch(heavy.api(), 200);
    String one = light.completedBatch("One", "single article");
    String bigExport = exportBody(big, "\"docx\", \"html\", \"md\", \"txt\"");

    List<String> heavyExports = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      var started = heavy.start(bigExport);
      assertThat(started.status()).isEqualTo(202);
      heavyExports.add(started.json().get("id").stringValue());
    }
    var fifth = heavy.start(bigExport);
    long start = System.nanoTime();
    var lightExport = light.start(exportBody(one, "\"md\""));

    assertThat(fifth.status()).isEqualTo(429);
    assertThat(fifth.header("Content-Type")).startsWith("application/problem+json");
    assertThat(fifth.json().get("limit").stringValue())
        .isEqualTo("bulkwriter.export.max-active-per-user");
    assertThat(lightExport.status()).isEqualTo(202);
    String lightId = lightExport.json().get("id").stringValue();
    await()
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> status(light.api(), lightId).matches("RUNNING|SUCCEEDED"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    // the heavy user's backlog was still waiting when the light export started
    assertThat(heavyExports.stream().map(id -> status(heavy.api(), id))).contains("QUEUED");
    heavyExports.forEach(id -> heavy.api().delete("/api/exports/" + id));
  }

  @Test
  void exportsStopAtTheStoredBytesLimitWithAReason() {
    ExportClient client = new ExportClient(admin(small).newUser("storing-exporter"));
    String batch = client.completedBatch("Stored", "first keyword", "second keyword");

    // every DOCX export is about 10 KB: the second cannot fit in 12 KB, and fails with the reason
    String docx = exportBody(batch, "\"docx\"");
    JsonNode first = client.awaitFinished(client.start(docx).json().get("id").stringValue());
    JsonNode second = client.awaitFinished(client.start(docx).json().get("id").stringValue());

    assertThat(first.get("status").stringValue()).isEqualTo("SUCCEEDED");
    assertThat(second.get("status").stringValue()).isEqualTo("FAILED");
    assertThat(second.get("error").stringValue())
        .contains("bulkwriter.export.max-stored-per-user")
        .doesNotContain("Exception");

    // small exports fill what is left; once it is full, a new export is refused with 429
    Api.Response refused = null;
    for (int i = 0; i < 20 && refused == null; i++) {
      var started = client.start(exportBody(batch, "\"txt\""));
      if (started.status() == 429) {
        refused = started;
      } else {
        client.awaitFinished(started.json().get("id").stringValue());
      }
    }
    assertThat(refused).isNotNull();
    assertThat(refused.json().get("limit").stringValue())
        .isEqualTo("bulkwriter.export.max-stored-per-user");
    assertThat(refused.json().get("detail").stringValue()).contains("delete some");
  }

  private static String exportBody(String batchId, String formats) {
    return "{\"batchIds\": [\"%s\"], \"formats\": [%s]}".formatted(batchId, formats);
  }

  private static String status(Api api, String exportId) {
    return api.get("/api/exports/" + exportId).json().get("status").stringValue();
  }

  private static String bigBatch(Api api, int articles) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < articles; i++) {
      items.append(i == 0 ? "" : ",").append("\"big keyword ").append(i).append('"');
    }
    var submitted =
        api.post(
            "/api/articles/bulk",
            "application/json",
            "{\"settings\": {\"wordCount\": 2000}, \"items\": [" + items + "]}");
    assertThat(submitted.status()).isEqualTo(202);
    String id = submitted.json().get("id").stringValue();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> status(api, id, "/api/articles/queue/").equals("COMPLETED"));
    return id;
  }

  private static String status(Api api, String id, String path) {
    return api.get(path + id).json().get("status").stringValue();
  }
}
