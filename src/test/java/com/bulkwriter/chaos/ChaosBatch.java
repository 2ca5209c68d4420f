package com.bulkwriter.chaos;

import com.bulkwriter.support.Api;
import java.time.Duration;
import java.util.List;
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
    ObjectNode body = JSON.createObjectNode();
    body.put("name", "chaos " + name);
    // the smallest articles keep the machine's work per article low; the answer delay sets the pace
    body.putObject("settings").put("provider", "openai").put("wordCount", 100);
    var items = body.putArray("items");
    keywords.forEach(keyword -> items.addObject().put("keyword", keyword));
    Api.Response response =
        api.post(
            "/api/articles/bulk",
            "application/json",
            JSON.writeValueAsString(body),
            "Idempotency-Key",
            "chaos-" + name);
    if (response.status() != 202) {
      throw new AssertionError("Submit answered " + response.status() + ": " + response.body());
    }
    id = UUID.fromString(response.json().get("id").stringValue());
  }

  /** The batch's status and counts as the API shows them; throws unless the API answers 200. */
  Progress progress(Api api) {
    Api.Response response = api.get("/api/articles/queue/" + id + "?size=1");
    if (response.status() != 200) {
      throw new IllegalStateException(
          "GET batch " + id + " answered " + response.status() + ": " + response.body());
    }
    JsonNode batch = response.json();
    JsonNode counts = batch.get("counts");
    return new Progress(
        batch.get("status").stringValue(),
        counts.get("queued").asInt(),
        counts.get("running").asInt(),
        counts.get("succeeded").asInt(),
        counts.get("failed").asInt());
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

  /** A batch's state at one moment. */
  record Progress(String status, int queued, int running, int succeeded, int failed) {

    boolean completed() {
      return status.equals("COMPLETED");
    }
  }
}
