package com.bulkwriter.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI's Files and Batch APIs as {@link LlmSimulator} serves them: upload (multipart, purpose
 * {@code batch}), list and content of files; create, retrieve, list (newest first, paged with
 * {@code after}) and cancel batches. A batch behaves as {@link BatchBehaviour} says. Files are kept
 * on disk, and output files are written line by line as they are downloaded, so a bench of 10,000
 * articles stays small in memory. Faults: the connection dropped after an upload or a create was
 * done (the client cannot know it was).
 */
final class SimulatedBatches {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final BiFunction<JsonNode, Boolean, String> writer;
  private final Path directory;
  private final Map<String, Stored> files = new ConcurrentHashMap<>();
  private final Map<String, Batch> batches = new ConcurrentHashMap<>();
  private final java.util.Queue<Integer> sizes = new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final AtomicInteger dropUploads = new AtomicInteger();
  private final AtomicInteger uploads = new AtomicInteger();
  private final AtomicInteger creates = new AtomicInteger();
  private final BatchBehaviour behaviour;

  /**
   * @param writer answers one request body with the model's text (and counts it as written); the
   *     flag says whether to count it
   */
  SimulatedBatches(BiFunction<JsonNode, Boolean, String> writer, BatchBehaviour behaviour) {
    this.writer = writer;
    this.behaviour = behaviour;
    try {
      directory = Files.createTempDirectory("simulated-batches-");
      directory.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void dropNextUploads(int n) {
    dropUploads.set(n);
  }

  int uploads() {
    return uploads.get();
  }

  /** The requests of each batch created so far, in the order they were created. */
  List<Integer> sizes() {
    return List.copyOf(sizes);
  }

  int creates() {
    return creates.get();
  }

  int cancelled() {
    return (int) batches.values().stream().filter(b -> b.cancelled).count();
  }

  /** Batches created for each intent (the {@code bulkwriter_intent} of their metadata). */
  Map<String, Integer> batchesPerIntent() {
    Map<String, Integer> per = new HashMap<>();
    batches.values().forEach(b -> per.merge(b.intent, 1, Integer::sum));
    return per;
  }

  /** Requests in all batches created so far. */
  int requestsInBatches() {
    return batches.values().stream().mapToInt(b -> b.total).sum();
  }

  void files(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (method.equals("POST") && path.equals("/v1/files")) {
      upload(exchange);
    } else if (method.equals("GET") && path.equals("/v1/files")) {
      list(exchange, new ArrayList<>(files.values()), f -> fileJson(f));
    } else if (method.equals("GET") && path.endsWith("/content")) {
      String id = path.substring("/v1/files/".length(), path.length() - "/content".length());
      content(exchange, id);
    } else {
      json(exchange, 404, Map.of("error", Map.of("message", "No such route " + path)));
    }
  }

  void batches(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (method.equals("POST") && path.equals("/v1/batches")) {
      create(exchange);
    } else if (method.equals("GET") && path.equals("/v1/batches")) {
      list(exchange, new ArrayList<>(batches.values()), b -> batchJson(b));
    } else if (method.equals("POST") && path.endsWith("/cancel")) {
      Batch batch =
          batches.get(path.substring("/v1/batches/".length(), path.length() - "/cancel".length()));
      if (batch == null) {
        json(exchange, 404, Map.of("error", Map.of("message", "No such batch")));
        return;
      }
      synchronized (batch) {
        if (batch.ended == null) {
          batch.cancelled = true;
        }
      }
      json(exchange, 200, batchJson(batch));
    } else if (method.equals("GET")) {
      Batch batch = batches.get(path.substring("/v1/batches/".length()));
      if (batch == null) {
        json(exchange, 404, Map.of("error", Map.of("message", "No such batch")));
        return;
      }
      json(exchange, 200, batchJson(batch));
    } else {
      json(exchange, 404, Map.of("error", Map.of("message", "No such route " + path)));
    }
  }

  private void upload(HttpExchange exchange) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    String boundary = type.substring(type.indexOf("boundary=") + "boundary=".length());
    byte[] body = exchange.getRequestBody().readAllBytes();
    String text = new String(body, StandardCharsets.ISO_8859_1);
    int part = text.indexOf("name=\"file\"");
    int nameAt = text.indexOf("filename=\"", part) + "filename=\"".length();
    String fileName = text.substring(nameAt, text.indexOf('"', nameAt));
    int start = text.indexOf("\r\n\r\n", part) + 4;
    int end = text.indexOf("\r\n--" + boundary, start);
    boolean batchPurpose = text.contains("name=\"purpose\"\r\n\r\nbatch\r\n");
    if (!batchPurpose || part < 0 || end < 0) {
      json(
          exchange, 400, Map.of("error", Map.of("message", "purpose batch and a file are needed")));
      return;
    }
    String id = "file-" + ids.incrementAndGet();
    Path file = directory.resolve(id);
    Files.write(file, java.util.Arrays.copyOfRange(body, start, end));
    files.put(id, new Stored(id, fileName, file, Files.size(file), Instant.now()));
    uploads.incrementAndGet();
    if (dropUploads.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      drop(exchange);
      return;
    }
    json(exchange, 200, fileJson(files.get(id)));
  }

  private void create(HttpExchange exchange) throws IOException {
    JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
    Stored input = files.get(request.path("input_file_id").asString(""));
    if (input == null || !request.path("endpoint").asString("").equals("/v1/chat/completions")) {
      json(exchange, 400, Map.of("error", Map.of("message", "unknown input_file_id or endpoint")));
      return;
    }
    int lines;
    try (var stream = Files.lines(input.path, StandardCharsets.UTF_8)) {
      lines = (int) stream.count();
    }
    Batch batch =
        new Batch(
            "batch_" + ids.incrementAndGet(),
            input.id,
            request.path("metadata").path("bulkwriter_intent").asString(""),
            lines,
            Instant.now());
    // how it will end is decided when it is created, as the test had set it up by then
    batch.expireAfter = behaviour.expireAfterNow();
    batch.failEvery = behaviour.failEveryNow();
    sizes.add(batch.total);
    batches.put(batch.id, batch);
    creates.incrementAndGet();
    if (behaviour.dropCreate()) {
      drop(exchange);
      return;
    }
    json(exchange, 200, batchJson(batch));
  }

  private Map<String, Object> batchJson(Batch batch) {
    synchronized (batch) {
      finishIfDue(batch);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", batch.id);
      json.put("object", "batch");
      json.put("endpoint", "/v1/chat/completions");
      json.put("input_file_id", batch.inputFileId);
      json.put("completion_window", "24h");
      json.put("status", batch.status());
      json.put("output_file_id", batch.outputFileId);
      json.put("error_file_id", batch.errorFileId);
      json.put("created_at", batch.created.getEpochSecond());
      json.put("expires_at", batch.created.plus(Duration.ofHours(24)).getEpochSecond());
      json.put(
          "request_counts",
          Map.of("total", batch.total, "completed", batch.completed, "failed", batch.failed));
      json.put("metadata", Map.of("bulkwriter_intent", batch.intent));
      return json;
    }
  }

  /** A batch whose time is up (or that was cancelled) ends: its output and error files exist. */
  private void finishIfDue(Batch batch) {
    if (batch.ended != null) {
      return;
    }
    boolean due = behaviour.due(batch.created);
    if (!due && !batch.cancelled) {
      batch.completed = (int) (batch.total * progress(batch));
      return;
    }
    int answered =
        batch.cancelled
            ? (int) (batch.total * progress(batch))
            : batch.expireAfter >= 0 ? Math.min(batch.expireAfter, batch.total) : batch.total;
    batch.answered = answered;
    int failed = 0;
    for (int i = 0; i < answered; i++) {
      if (failing(batch, i)) {
        failed++;
      }
    }
    batch.completed = answered - failed;
    batch.failed = failed + (batch.total - answered);
    batch.outputFileId = "file-" + ids.incrementAndGet();
    batch.errorFileId = batch.failed > 0 ? "file-" + ids.incrementAndGet() : null;
    files.put(batch.outputFileId, new Stored(batch.outputFileId, "output", null, 0, Instant.now()));
    if (batch.errorFileId != null) {
      files.put(batch.errorFileId, new Stored(batch.errorFileId, "errors", null, 0, Instant.now()));
    }
    batch.ended = batch.cancelled ? "cancelled" : answered < batch.total ? "expired" : "completed";
  }

  private double progress(Batch batch) {
    return behaviour.progress(batch.created);
  }

  private static boolean failing(Batch batch, int index) {
    return BatchBehaviour.failing(batch.failEvery, index);
  }

  /** Output and error files are written line by line from the input as they are read. */
  private void content(HttpExchange exchange, String id) throws IOException {
    Batch batch =
        batches.values().stream()
            .filter(b -> id.equals(b.outputFileId) || id.equals(b.errorFileId))
            .findFirst()
            .orElse(null);
    if (batch == null) {
      Stored stored = files.get(id);
      if (stored == null || stored.path == null) {
        json(exchange, 404, Map.of("error", Map.of("message", "No such file " + id)));
        return;
      }
      exchange.sendResponseHeaders(200, 0);
      try (InputStream in = Files.newInputStream(stored.path)) {
        in.transferTo(exchange.getResponseBody());
      }
      exchange.close();
      return;
    }
    boolean errors = id.equals(batch.errorFileId);
    boolean count = !batch.counted && !errors;
    batch.counted = batch.counted || count;
    exchange.getResponseHeaders().set("Content-Type", "application/jsonl");
    exchange.sendResponseHeaders(200, 0);
    try (BufferedReader in = Files.newBufferedReader(files.get(batch.inputFileId).path);
        BufferedWriter out =
            new BufferedWriter(
                new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8))) {
      int index = 0;
      for (String line = in.readLine(); line != null; line = in.readLine(), index++) {
        JsonNode request = JSON.readTree(line);
        String customId = request.path("custom_id").asString();
        ObjectNode result = JSON.createObjectNode();
        result.put("id", "batch_req_" + index);
        result.put("custom_id", customId);
        if (index >= batch.answered) {
          if (errors) {
            result.putNull("response");
            String code = batch.cancelled ? "batch_cancelled" : "batch_expired";
            result.putObject("error").put("code", code).put("message", "Not done in time");
            out.write(result.toString());
            out.write('\n');
          }
        } else if (failing(batch, index)) {
          if (errors) {
            ObjectNode response = result.putObject("response");
            response.put("status_code", 500);
            response.putObject("body").putObject("error").put("message", "The server had an error");
            result.putNull("error");
            out.write(result.toString());
            out.write('\n');
          }
        } else if (!errors) {
          JsonNode body = request.path("body");
          String text = writer.apply(body, count);
          ObjectNode response = result.putObject("response");
          response.put("status_code", 200);
          ObjectNode completion = response.putObject("body");
          completion.put("object", "chat.completion");
          completion.put("model", body.path("model").asString());
          ObjectNode choice = completion.putArray("choices").addObject();
          choice.put("index", 0);
          choice.putObject("message").put("role", "assistant").put("content", text);
          choice.put("finish_reason", "stop");
          completion
              .putObject("usage")
              .put("prompt_tokens", body.toString().length() / 4)
              .put("completion_tokens", Math.round(text.length() / 4.0));
          result.putNull("error");
          out.write(result.toString());
          out.write('\n');
        }
      }
    }
  }

  private <T> void list(
      HttpExchange exchange,
      List<T> items,
      java.util.function.Function<T, Map<String, Object>> json)
      throws IOException {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    int limit = Integer.parseInt(query.getOrDefault("limit", "20"));
    List<Map<String, Object>> all =
        items.stream()
            .map(json)
            // newest first, as the providers list them
            .sorted((a, b) -> Long.compare(number(b.get("id")), number(a.get("id"))))
            .toList();
    int from = 0;
    if (query.containsKey("after")) {
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).get("id").equals(query.get("after"))) {
          from = i + 1;
        }
      }
    }
    List<Map<String, Object>> page = all.subList(from, Math.min(all.size(), from + limit));
    json(
        exchange,
        200,
        Map.of("object", "list", "data", page, "has_more", from + limit < all.size()));
  }

  private Map<String, Object> fileJson(Stored file) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", file.id);
    json.put("object", "file");
    json.put("filename", file.name);
    json.put("purpose", "batch");
    json.put("bytes", file.bytes);
    json.put("created_at", file.created.getEpochSecond());
    return json;
  }

  private static long number(Object id) {
    String text = String.valueOf(id);
    return Long.parseLong(text.substring(text.lastIndexOf('-') + 1).replace("batch_", ""));
  }

  static Map<String, String> query(String raw) {
    Map<String, String> query = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          query.put(
              pair.substring(0, eq),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return query;
  }

  /** The work was done, but the client never hears of it. */
  static void drop(HttpExchange exchange) throws IOException {
    exchange.sendResponseHeaders(200, 100_000);
    exchange.getResponseBody().flush();
    exchange.close();
  }

  static void json(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private record Stored(String id, String name, Path path, long bytes, Instant created) {}

  private static final class Batch {
    final String id;
    final String inputFileId;
    final String intent;
    final int total;
    final Instant created;
    int completed;
    int failed;
    int answered;
    int failEvery;
    int expireAfter;
    boolean cancelled;
    boolean counted;
    String ended;
    String outputFileId;
    String errorFileId;

    Batch(String id, String inputFileId, String intent, int total, Instant created) {
      this.id = id;
      this.inputFileId = inputFileId;
      this.intent = intent;
      this.total = total;
      this.created = created;
    }

    String status() {
      if (ended != null) {
        return ended;
      }
      return cancelled ? "cancelling" : "in_progress";
    }
  }
}
