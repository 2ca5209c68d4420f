package com.bulkwriter.chaos;

import com.bulkwriter.support.Api;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A batch of numbered keywords written by the simulated OpenAI-compatible provider, submitted and
 * followed through the API as a user's script would.
 */
final class ChaosBatch {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A node that does not answer within this is as good as down: the polls go on or time out. */
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

  private final String name;
  private final List<String> keywords;
  private UUID id;

  private ChaosBatch(String name, List<String> keywords) {
    this.name = name;
    this.keywords = keywords;
  }

  /** {@code size} keywords such as "takeover keyword 0042": plain words the simulator counts by. */
  static ChaosBatch of(String name, int size) {
    return new ChaosBatch(
        name,
        IntStream.rangeClosed(1, size)
            .mapToObj(i -> "%s keyword %04d".formatted(name, i))
            .toList());
  }

  List<String> keywords() {
    return keywords;
  }

  UUID id() {
    return id;
  }

  /** Submits the batch and expects 202 Accepted. */
  void submit(Api api) {
    submit(api, "realtime");
  }

  /** Submits the batch in {@code mode} (realtime or economy) and expects 202 Accepted. */
  void submit(Api api, String mode) {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", "chaos " + name);
    // the smallest articles keep the machine's work per article low; the answer delay sets the pace
    body.putObject("settings").put("provider", "openai").put("wordCount", 100).put("mode", mode);
    var items = body.putArray("items");
    keywords.forEach(keyword -> items.addObject().put("keyword", keyword));
    Api.Response response =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/articles/bulk"))
                .timeout(ANSWER_WITHIN)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "chaos-" + name)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    if (response.status() != 202) {
      throw new AssertionError("Submit answered " + response.status() + ": " + response.body());
    }
    id = UUID.fromString(response.json().get("id").stringValue());
  }

  /** The batch's status and counts as the API shows them; throws unless the API answers 200. */
  Progress progress(Api api) {
    JsonNode batch = get(api, "?size=1");
    JsonNode counts = batch.get("counts");
    return new Progress(
        batch.get("status").stringValue(),
        counts.get("queued").asInt(),
        counts.get("running").asInt(),
        counts.get("succeeded").asInt(),
        counts.get("failed").asInt());
  }

  /** Keywords whose article the API lists as SUCCEEDED, all pages. */
  Set<String> succeededKeywords(Api api) {
    Set<String> keywords = new HashSet<>();
    int pages = 1;
    for (int page = 0; page < pages; page++) {
      JsonNode batch = get(api, "?status=SUCCEEDED&size=500&page=" + page);
      pages = batch.get("items").get("totalPages").asInt();
      batch
          .get("items")
          .get("content")
          .forEach(row -> keywords.add(row.get("keyword").stringValue()));
    }
    return keywords;
  }

  /** Waits until the API shows at least {@code due} articles SUCCEEDED (or the batch done). */
  Progress awaitSucceeded(Api api, int due, Duration within) {
    return Poll.until(
        due + " articles SUCCEEDED",
        within,
        () -> progress(api),
        p -> p.succeeded() >= due || p.completed());
  }

  /** Waits until the API shows the batch COMPLETED. */
  Progress awaitCompleted(Api api, Duration within) {
    return Poll.until("the batch to complete", within, () -> progress(api), Progress::completed);
  }

  private JsonNode get(Api api, String query) {
    Api.Response response =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/articles/queue/" + id + query))
                .timeout(ANSWER_WITHIN)
                .GET());
    if (response.status() != 200) {
      throw new IllegalStateException(
          "GET batch " + id + query + " answered " + response.status() + ": " + response.body());
    }
    return response.json();
  }

  /** A batch's state at one moment. */
  record Progress(String status, int queued, int running, int succeeded, int failed) {

    boolean completed() {
      return status.equals("COMPLETED");
    }
  }
}
