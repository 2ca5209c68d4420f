package com.bulkwriter.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the quality tests do over HTTP: write a batch, list its articles, read failed checks. */
public final class QualityApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private QualityApi() {}

  /** Submits 150-word English articles and waits until all are written; returns the batch id. */
  public static String writtenBatch(Api admin, List<String> keywords) {
    var submitted =
        admin.post(
            "/api/articles/bulk",
            "application/json",
            "{\"settings\": {\"wordCount\": 150, \"language\": \"en\"}, \"items\": "
                + JSON.writeValueAsString(keywords)
                + "}");
    assertThat(submitted.status()).isEqualTo(202);
    String batchId = submitted.json().get("id").stringValue();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> admin.get("/api/articles/queue/" + batchId).json(),
            b -> b.get("status").stringValue().equals("COMPLETED"));
    return batchId;
  }

  /** The batch's article ids in row order. */
  public static List<String> articleIds(Api admin, String batchId) {
    List<String> ids = new ArrayList<>();
    admin
        .get("/api/articles/queue/" + batchId)
        .json()
        .get("items")
        .get("content")
        .forEach(a -> ids.add(a.get("id").stringValue()));
    return ids;
  }

  /** The checks an article's quality (GET /api/articles/{id}/quality) says it fails. */
  public static List<String> failed(JsonNode quality) {
    List<String> failed = new ArrayList<>();
    quality
        .get("checks")
        .forEach(
            c -> {
              if (!c.get("passed").booleanValue()) {
                failed.add(c.get("check").stringValue());
              }
            });
    return failed;
  }
}
