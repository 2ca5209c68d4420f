package com.bulkwriter.generation.internal;

import java.io.FileNotFoundException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI's Batch API: the requests uploaded as a JSONL file (Files API, purpose {@code batch}), a
 * batch created on {@code /v1/chat/completions} with the intent in its metadata, polled, and its
 * output and error files read line by line. Servers that copy OpenAI's API work the same way.
 */
final class OpenAiBatches extends ArticleBatches {

  static final String ENDPOINT = "/v1/chat/completions";

  /** The metadata key that carries the intent id of a provider batch. */
  static final String INTENT = "bulkwriter_intent";

  /** Pages of the batch list looked through for an intent (newest first, 100 a page). */
  private static final int MAX_PAGES = 50;

  /** OpenAI's limits per batch: 50,000 requests, an input file of 200 MB. */
  static final Limits LIMITS = new Limits(50_000, 200L * 1024 * 1024);

  private final BatchHttp http;

  OpenAiBatches(
      ProviderSettings settings,
      GenerationProperties properties,
      BatchHttp http,
      Function<UUID, StepLog> steps) {
    super("OpenAI", settings, properties, steps);
    this.http = http;
  }

  @Override
  public String provider() {
    return "openai";
  }

  @Override
  public boolean uploadsFiles() {
    return true;
  }

  @Override
  String line(String customId, Prompt prompt, String model) {
    ObjectNode line = BatchHttp.JSON.createObjectNode();
    line.put("custom_id", customId);
    line.put("method", "POST");
    line.put("url", ENDPOINT);
    line.set("body", OpenAiProtocol.body(prompt, model));
    return BatchHttp.JSON.writeValueAsString(line);
  }

  @Override
  public String upload(Path requests, String fileName) {
    String boundary = "bulkwriter-" + UUID.randomUUID();
    String head =
        "--%1$s\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n--%1$s\r\n"
                .formatted(boundary)
            + "Content-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n"
                .formatted(fileName)
            + "Content-Type: application/jsonl\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    HttpRequest.BodyPublisher file;
    try {
      file = HttpRequest.BodyPublishers.ofFile(requests);
    } catch (FileNotFoundException e) {
      throw new IllegalStateException("The request file " + requests + " is gone", e);
    }
    HttpRequest request =
        authorized(uri("/files"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head),
                    file,
                    HttpRequest.BodyPublishers.ofString(tail)))
            .build();
    return http.json(request).path("id").asString();
  }

  @Override
  public Optional<String> findFile(String fileName) {
    return find(
        "/files?purpose=batch&limit=100",
        file -> fileName.equals(file.path("filename").asString("")));
  }

  @Override
  public String create(String fileId, Path requests, String intent) {
    ObjectNode body = BatchHttp.JSON.createObjectNode();
    body.put("input_file_id", fileId);
    body.put("endpoint", ENDPOINT);
    body.put("completion_window", "24h");
    body.putObject("metadata").put(INTENT, intent);
    HttpRequest request =
        authorized(uri("/batches"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(BatchHttp.JSON.writeValueAsString(body)))
            .build();
    return http.json(request).path("id").asString();
  }

  @Override
  public Optional<String> findBatch(SentBatch sent) {
    return find(
        "/batches?limit=100",
        batch -> sent.intent().equals(batch.path("metadata").path(INTENT).asString("")));
  }

  @Override
  public Limits limits() {
    return LIMITS;
  }

  @Override
  public RemoteBatch retrieve(String batchId) {
    JsonNode batch = http.json(authorized(uri("/batches/" + encode(batchId))).GET().build());
    return remote(batch);
  }

  @Override
  public void cancel(String batchId) {
    http.json(
        authorized(uri("/batches/" + encode(batchId) + "/cancel"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  @Override
  public void answers(RemoteBatch batch, Consumer<BatchAnswer> each) {
    for (String file : new String[] {batch.outputFileId(), batch.errorFileId()}) {
      if (file != null && !file.isBlank()) {
        http.lines(
            authorized(uri("/files/" + encode(file) + "/content")).GET().build(),
            line -> each.accept(answer(line)));
      }
    }
  }

  static BatchAnswer answer(String line) {
    JsonNode node = BatchHttp.JSON.readTree(line);
    String customId = node.path("custom_id").asString("");
    JsonNode error = node.path("error");
    JsonNode response = node.path("response");
    int status = response.path("status_code").asInt(0);
    if (error.isObject()) {
      String code = error.path("code").asString("");
      boolean expired = code.equals("batch_expired") || code.equals("batch_cancelled");
      return BatchAnswer.failed(customId, status, error.path("message").asString(code), expired);
    }
    JsonNode body = response.path("body");
    if (status / 100 != 2) {
      return BatchAnswer.failed(customId, status, ProviderErrors.detail(body.toString()), false);
    }
    JsonNode choice = body.path("choices").path(0);
    JsonNode usage = body.path("usage");
    return new BatchAnswer(
        customId,
        status,
        choice.path("message").path("content").asString(""),
        usage.path("prompt_tokens").asLong(0),
        usage.path("completion_tokens").asLong(0),
        body.path("model").isString() ? body.path("model").asString() : null,
        choice.path("finish_reason").asString(null),
        null,
        false);
  }

  static RemoteBatch remote(JsonNode batch) {
    String status = batch.path("status").asString("").toLowerCase(Locale.ROOT);
    State state =
        switch (status) {
          case "completed", "failed", "expired", "cancelled" -> State.ENDED;
          case "cancelling" -> State.CANCELLING;
          default -> State.RUNNING;
        };
    JsonNode counts = batch.path("request_counts");
    long expires = batch.path("expires_at").asLong(0);
    return new RemoteBatch(
        batch.path("id").asString(),
        state,
        status,
        counts.path("total").asInt(0),
        counts.path("completed").asInt(0),
        counts.path("failed").asInt(0),
        text(batch, "output_file_id"),
        text(batch, "error_file_id"),
        expires > 0 ? Instant.ofEpochSecond(expires) : null);
  }

  /** Looks through a paged list (newest first) for the first item that matches. */
  private Optional<String> find(String path, Predicate<JsonNode> matches) {
    String after = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      String query = after == null ? path : path + "&after=" + encode(after);
      JsonNode list = http.json(authorized(uri(query)).GET().build());
      for (JsonNode item : list.path("data")) {
        if (matches.test(item)) {
          return Optional.of(item.path("id").asString());
        }
        after = item.path("id").asString();
      }
      if (!list.path("has_more").asBoolean(false) || after == null) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private HttpRequest.Builder authorized(URI uri) {
    HttpRequest.Builder request = http.request(uri);
    if (settings.hasKey()) {
      request.header("Authorization", "Bearer " + settings.apiKey());
    }
    return request;
  }

  private URI uri(String path) {
    return URI.create(settings.baseUrl() + path);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() && !value.asString().isBlank() ? value.asString() : null;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
