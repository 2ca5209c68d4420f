package com.bulkwriter.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Anthropic's Message Batches as {@link LlmSimulator} serves them: create (the requests in the
 * body, read as a stream and kept on disk), retrieve, list (newest first, paged with {@code
 * after_id}), cancel, and results (JSONL written line by line as it is downloaded: succeeded,
 * errored, expired or canceled). A batch behaves as {@link BatchBehaviour} says.
 */
final class SimulatedMessageBatches {

  /** Reads one request at a time from the body's array: the rest of it follows. */
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private static final Pattern CUSTOM_ID = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
  private static final String ROOT = "/v1/messages/batches";

  private final BiFunction<JsonNode, Boolean, String> writer;
  private final BatchBehaviour behaviour;
  private final Path directory;
  private final Map<String, Batch> batches = new ConcurrentHashMap<>();
  private final java.util.Queue<Integer> sizes = new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final AtomicInteger ids = new AtomicInteger();
  private volatile String origin = "";

  SimulatedMessageBatches(BiFunction<JsonNode, Boolean, String> writer, BatchBehaviour behaviour) {
    this.writer = writer;
    this.behaviour = behaviour;
    try {
      directory = Files.createTempDirectory("simulated-message-batches-");
      directory.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The requests of each batch created so far, in the order they were created. */
  List<Integer> sizes() {
    return List.copyOf(sizes);
  }

  int creates() {
    return batches.size();
  }

  int cancelled() {
    return (int) batches.values().stream().filter(b -> b.cancelled).count();
  }

  int requests() {
    return batches.values().stream().mapToInt(b -> b.total).sum();
  }

  /** Batches created for each intent, as their custom_ids name it (after the article's id). */
  Map<String, Integer> batchesPerIntent() {
    Map<String, Integer> per = new HashMap<>();
    batches.values().forEach(b -> per.merge(b.intent, 1, Integer::sum));
    return per;
  }

  void handle(HttpExchange exchange) throws IOException {
    origin = "http://" + exchange.getRequestHeaders().getFirst("Host");
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (method.equals("POST") && path.equals(ROOT)) {
      create(exchange);
      return;
    }
    if (method.equals("GET") && path.equals(ROOT)) {
      list(exchange);
      return;
    }
    String rest = path.startsWith(ROOT + "/") ? path.substring(ROOT.length() + 1) : "";
    String id = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
    Batch batch = batches.get(id);
    if (batch == null) {
      error(exchange, 404, "not_found_error", "No such batch: " + id);
    } else if (method.equals("POST") && rest.endsWith("/cancel")) {
      synchronized (batch) {
        if (batch.ended == null) {
          batch.cancelled = true;
        }
      }
      SimulatedBatches.json(exchange, 200, json(batch, false));
    } else if (method.equals("GET") && rest.endsWith("/results")) {
      results(exchange, batch);
    } else if (method.equals("GET") && rest.equals(id)) {
      SimulatedBatches.json(exchange, 200, json(batch, true));
    } else {
      error(exchange, 404, "not_found_error", "No such route " + path);
    }
  }

  /** The body is read as a stream, a request at a time, and written to disk as lines. */
  private void create(HttpExchange exchange) throws IOException {
    String id = "msgbatch_" + String.format("%06d", ids.incrementAndGet());
    Path file = directory.resolve(id + ".jsonl");
    int total = 0;
    String intent = "";
    Set<String> seen = new HashSet<>();
    try (JsonParser parser = JSON.createParser(exchange.getRequestBody());
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (parser.nextToken() != JsonToken.START_OBJECT
          || !"requests".equals(parser.nextName())
          || parser.nextToken() != JsonToken.START_ARRAY) {
        error(exchange, 400, "invalid_request_error", "requests: an array is needed");
        return;
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        JsonNode request = JSON.readTree(parser);
        String customId = request.path("custom_id").asString("");
        if (!CUSTOM_ID.matcher(customId).matches() || !seen.add(customId)) {
          error(
              exchange, 400, "invalid_request_error", "custom_id invalid or repeated: " + customId);
          return;
        }
        if (!request.path("params").path("model").isString()) {
          error(exchange, 400, "invalid_request_error", "params.model: Field required");
          return;
        }
        if (total == 0 && customId.indexOf('_') > 0) {
          intent = customId.substring(customId.indexOf('_') + 1);
        }
        out.write(JSON.writeValueAsString(request));
        out.write('\n');
        total++;
      }
    }
    Batch batch = new Batch(id, file, intent, total, Instant.now());
    // how it will end is decided when it is created, as the test had set it up by then
    batch.expireAfter = behaviour.expireAfterNow();
    batch.failEvery = behaviour.failEveryNow();
    sizes.add(batch.total);
    batches.put(id, batch);
    if (behaviour.dropCreate()) {
      SimulatedBatches.drop(exchange);
      return;
    }
    SimulatedBatches.json(exchange, 200, json(batch, false));
  }

  private void list(HttpExchange exchange) throws IOException {
    Map<String, String> query = SimulatedBatches.query(exchange.getRequestURI().getRawQuery());
    int limit = Math.min(1000, Integer.parseInt(query.getOrDefault("limit", "20")));
    List<Batch> all = new ArrayList<>(batches.values());
    all.sort(Comparator.comparing((Batch b) -> b.id).reversed()); // newest first
    int from = 0;
    String after = query.get("after_id");
    for (int i = 0; after != null && i < all.size(); i++) {
      if (all.get(i).id.equals(after)) {
        from = i + 1;
      }
    }
    List<Map<String, Object>> page =
        all.subList(from, Math.min(all.size(), from + limit)).stream()
            .map(b -> json(b, true))
            .toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", page);
    body.put("has_more", from + limit < all.size());
    body.put("first_id", page.isEmpty() ? null : page.getFirst().get("id"));
    body.put("last_id", page.isEmpty() ? null : page.getLast().get("id"));
    SimulatedBatches.json(exchange, 200, body);
  }

  private Map<String, Object> json(Batch batch, boolean finish) {
    synchronized (batch) {
      if (finish) {
        finishIfDue(batch);
      }
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", batch.id);
      json.put("type", "message_batch");
      json.put("processing_status", batch.status());
      Map<String, Object> counts = new LinkedHashMap<>();
      counts.put("processing", batch.ended == null ? batch.total - batch.succeeded : 0);
      counts.put("succeeded", batch.succeeded);
      counts.put("errored", batch.errored);
      counts.put("canceled", batch.ended != null && batch.cancelled ? batch.unanswered() : 0);
      counts.put("expired", batch.ended != null && !batch.cancelled ? batch.unanswered() : 0);
      json.put("request_counts", counts);
      json.put("ended_at", batch.ended == null ? null : batch.ended.toString());
      json.put("created_at", batch.created.toString());
      json.put("expires_at", batch.created.plus(Duration.ofHours(24)).toString());
      json.put("archived_at", null);
      json.put("cancel_initiated_at", batch.cancelled ? batch.created.toString() : null);
      json.put("results_url", batch.ended == null ? null : resultsUrl(batch));
      return json;
    }
  }

  private String resultsUrl(Batch batch) {
    return "%s%s/%s/results".formatted(origin, ROOT, batch.id);
  }

  /** A batch whose time is up (or that was cancelled) ends: its results can be read. */
  private void finishIfDue(Batch batch) {
    if (batch.ended != null) {
      return;
    }
    if (!behaviour.due(batch.created) && !batch.cancelled) {
      batch.succeeded = (int) (batch.total * behaviour.progress(batch.created));
      return;
    }
    int answered =
        batch.cancelled
            ? (int) (batch.total * behaviour.progress(batch.created))
            : batch.expireAfter >= 0 ? Math.min(batch.expireAfter, batch.total) : batch.total;
    batch.answered = answered;
    int errored = 0;
    for (int i = 0; i < answered; i++) {
      if (BatchBehaviour.failing(batch.failEvery, i)) {
        errored++;
      }
    }
    batch.succeeded = answered - errored;
    batch.errored = errored;
    batch.ended = Instant.now();
  }

  /** The results, written line by line from the requests on disk as they are read. */
  private void results(HttpExchange exchange, Batch batch) throws IOException {
    if (batch.ended == null) {
      error(exchange, 400, "invalid_request_error", "The batch is still processing");
      return;
    }
    boolean count = !batch.counted;
    batch.counted = true;
    exchange.getResponseHeaders().set("Content-Type", "application/x-jsonl");
    exchange.sendResponseHeaders(200, 0);
    try (BufferedReader in = Files.newBufferedReader(batch.requests);
        BufferedWriter out =
            new BufferedWriter(
                new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8))) {
      int index = 0;
      for (String line = in.readLine(); line != null; line = in.readLine(), index++) {
        JsonNode request = JSON.readTree(line);
        ObjectNode answer = JSON.createObjectNode();
        answer.put("custom_id", request.path("custom_id").asString());
        ObjectNode result = answer.putObject("result");
        if (index >= batch.answered) {
          result.put("type", batch.cancelled ? "canceled" : "expired");
        } else if (BatchBehaviour.failing(batch.failEvery, index)) {
          result.put("type", "errored");
          result
              .putObject("error")
              .put("type", "error")
              .putObject("error")
              .put("type", "api_error")
              .put("message", "Internal server error");
        } else {
          result.put("type", "succeeded");
          result.set("message", message(request.path("params"), count, index));
        }
        out.write(answer.toString());
        out.write('\n');
      }
    }
  }

  private ObjectNode message(JsonNode params, boolean count, int index) {
    String text = writer.apply(params, count);
    ObjectNode message = JSON.createObjectNode();
    message.put("id", "msg_" + index);
    message.put("type", "message");
    message.put("role", "assistant");
    message.put("model", params.path("model").asString());
    message.putArray("content").addObject().put("type", "text").put("text", text);
    message.put("stop_reason", "end_turn");
    message.putNull("stop_sequence");
    message
        .putObject("usage")
        .put("input_tokens", params.toString().length() / 4)
        .put("output_tokens", Math.round(text.length() / 4.0));
    return message;
  }

  private static void error(HttpExchange exchange, int status, String type, String message)
      throws IOException {
    SimulatedBatches.json(
        exchange,
        status,
        Map.of("type", "error", "error", Map.of("type", type, "message", message)));
  }

  private static final class Batch {
    final String id;
    final Path requests;
    final String intent;
    final int total;
    final Instant created;
    int succeeded;
    int errored;
    int answered;
    int failEvery;
    int expireAfter;
    boolean cancelled;
    boolean counted;
    Instant ended;

    Batch(String id, Path requests, String intent, int total, Instant created) {
      this.id = id;
      this.requests = requests;
      this.intent = intent;
      this.total = total;
      this.created = created;
    }

    int unanswered() {
      return total - answered;
    }

    String status() {
      if (ended != null) {
        return "ended";
      }
      return cancelled ? "canceling" : "in_progress";
    }
  }
}
