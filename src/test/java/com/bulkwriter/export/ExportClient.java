package com.bulkwriter.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.JsonNode;

/** Drives batches and exports over real HTTP for export tests, including binary downloads. */
public final class ExportClient {

  private final Api api;
  private final HttpClient http = HttpClient.newHttpClient();

  public ExportClient(int port) {
    this(new Api(port));
  }

  /** Drives exports as the user {@code api} acts as. */
  public ExportClient(Api api) {
    this.api = api;
  }

  public Api api() {
    return api;
  }

  /** Submits a batch of keywords and waits until all its articles are written. */
  public String completedBatch(String name, String... keywords) {
    StringBuilder items = new StringBuilder();
    for (String keyword : keywords) {
      // the title is the keyword, so that slugs (and file names) are predictable
      items
          .append(items.isEmpty() ? "" : ",")
          .append("{\"keyword\": \"%1$s\", \"title\": \"%1$s\"}".formatted(keyword));
    }
    var submitted =
        api.post(
            "/api/articles/bulk",
            "application/json",
            "{\"name\": \"%s\", \"settings\": {\"wordCount\": 300}, \"items\": [%s]}"
                .formatted(name, items));
    assertThat(submitted.status()).isEqualTo(202);
    String id = submitted.json().get("id").stringValue();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                api.get("/api/articles/queue/" + id)
                    .json()
                    .get("status")
                    .stringValue()
                    .equals("COMPLETED"));
    return id;
  }

  public Api.Response start(String body) {
    return api.post("/api/exports", "application/json", body);
  }

  /** Waits for the export to finish and returns it. */
  public JsonNode awaitFinished(String exportId) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                api.get("/api/exports/" + exportId)
                    .json()
                    .get("status")
                    .stringValue()
                    .matches("SUCCEEDED|FAILED"));
    return api.get("/api/exports/" + exportId).json();
  }

  public HttpResponse<byte[]> download(String exportId, String... headers) {
    var request =
        HttpRequest.newBuilder(api.uri("/api/exports/" + exportId + "/download"))
            .header("Authorization", "Bearer " + api.token())
            .GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every entry of a ZIP, by name, in archive order. */
  public static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
