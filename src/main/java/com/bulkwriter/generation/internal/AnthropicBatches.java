package com.bulkwriter.generation.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Anthropic's Message Batches: no Files API, so the request lines go in the body of the create,
 * streamed from the spool file ({@link RequestsBody}); polled; the results JSONL read line by line.
 * A batch carries no metadata: after an uncertain create it is found again in the batch list
 * (newest first) as the one with the intent's number of requests, created no earlier than the
 * intent, that no other intent holds; its results name the intent in every custom_id besides.
 */
final class AnthropicBatches extends ArticleBatches {

  /**
   * Anthropic's limits per batch: 100,000 requests, 256 MB of create body (read as 256,000,000
   * bytes, the smaller meaning, less room for the envelope).
   */
  static final Limits LIMITS = new Limits(100_000, 256_000_000L - RequestsBody.ENVELOPE_BYTES);

  /** Clocks differ: a batch created this much before the intent's time still counts. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /** Pages of the batch list looked through (newest first, 100 a page). */
  private static final int MAX_PAGES = 50;

  private final BatchHttp http;

  AnthropicBatches(
      ProviderSettings settings,
      GenerationProperties properties,
      BatchHttp http,
      Function<UUID, StepLog> steps) {
    super("Anthropic", settings, properties, steps);
    this.http = http;
  }

  @Override
  public String provider() {
    return "anthropic";
  }

  @Override
  public boolean uploadsFiles() {
    return false;
  }

  @Override
  public Limits limits() {
    return LIMITS;
  }

  @Override
  String line(String customId, Prompt prompt, String model) {
    ObjectNode line = BatchHttp.JSON.createObjectNode();
    line.put("custom_id", customId);
    line.set("params", AnthropicProtocol.body(prompt, model));
    return BatchHttp.JSON.writeValueAsString(line);
  }

  @Override
  public String upload(Path requests, String fileName) {
    throw new UnsupportedOperationException("Anthropic takes the requests in the create");
  }

  @Override
  public Optional<String> findFile(String fileName) {
    return Optional.empty();
  }

  @Override
  public String create(String fileId, Path requests, String intent) {
    HttpRequest request =
        authorized(uri("/messages/batches"))
            .header("Content-Type", "application/json")
            .POST(RequestsBody.of(requests))
            .build();
    return http.json(request).path("id").asString();
  }

  @Override
  public Optional<String> findBatch(SentBatch sent) {
    Instant notBefore = sent.notBefore().minus(CLOCK_SKEW);
    String after = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      String query = "/messages/batches?limit=100" + (after == null ? "" : "&after_id=" + after);
      JsonNode list = http.json(authorized(uri(query)).GET().build());
      for (JsonNode batch : list.path("data")) {
        Instant created = time(batch, "created_at");
        if (created != null && created.isBefore(notBefore)) {
          return Optional.empty(); // newest first: the rest are older still
        }
        String id = batch.path("id").asString();
        if (total(batch.path("request_counts")) == sent.requests() && !sent.taken().test(id)) {
          return Optional.of(id);
        }
      }
      after = encode(list.path("last_id").asString(""));
      if (!list.path("has_more").asBoolean(false) || after.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  @Override
  public RemoteBatch retrieve(String batchId) {
    return remote(http.json(authorized(uri("/messages/batches/" + encode(batchId))).GET().build()));
  }

  @Override
  public void cancel(String batchId) {
    http.json(
        authorized(uri("/messages/batches/" + encode(batchId) + "/cancel"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  @Override
  public void answers(RemoteBatch batch, Consumer<BatchAnswer> each) {
    // the results URL the provider gave, if it is on the configured API; else the documented one
    String given = batch.outputFileId();
    URI results =
        given != null && given.startsWith(settings.baseUrl().toString())
            ? URI.create(given)
            : uri("/messages/batches/" + encode(batch.id()) + "/results");
    http.lines(authorized(results).GET().build(), line -> each.accept(answer(line)));
  }

  static BatchAnswer answer(String line) {
    JsonNode node = BatchHttp.JSON.readTree(line);
    String customId = node.path("custom_id").asString("");
    JsonNode result = node.path("result");
    String type = result.path("type").asString("");
    switch (type) {
      case "succeeded" -> {
        JsonNode message = result.path("message");
        StringBuilder text = new StringBuilder();
        for (JsonNode block : message.path("content")) {
          if (block.path("type").asString("").equals("text")) {
            text.append(block.path("text").asString(""));
          }
        }
        JsonNode usage = message.path("usage");
        return new BatchAnswer(
            customId,
            200,
            text.toString(),
            usage.path("input_tokens").asLong(0),
            usage.path("output_tokens").asLong(0),
            message.path("model").isString() ? message.path("model").asString() : null,
            finishReason(message.path("stop_reason").asString(null)),
            null,
            false);
      }
      case "canceled", "expired" -> {
        return BatchAnswer.failed(customId, 0, "The request " + type, true);
      }
      default -> {
        JsonNode error = result.path("error").path("error");
        String kind = error.path("type").asString(type);
        return BatchAnswer.failed(
            customId, status(kind), kind + ": " + error.path("message").asString(""), false);
      }
    }
  }

  static RemoteBatch remote(JsonNode batch) {
    String status = batch.path("processing_status").asString("");
    State state =
        switch (status) {
          case "ended" -> State.ENDED;
          case "canceling" -> State.CANCELLING;
          default -> State.RUNNING;
        };
    JsonNode counts = batch.path("request_counts");
    int failed =
        counts.path("errored").asInt(0)
            + counts.path("canceled").asInt(0)
            + counts.path("expired").asInt(0);
    JsonNode results = batch.path("results_url");
    return new RemoteBatch(
        batch.path("id").asString(),
        state,
        status,
        total(counts),
        counts.path("succeeded").asInt(0),
        failed,
        results.isString() && !results.asString().isBlank() ? results.asString() : null,
        null,
        time(batch, "expires_at"));
  }

  private static int total(JsonNode counts) {
    return counts.path("processing").asInt(0)
        + counts.path("succeeded").asInt(0)
        + counts.path("errored").asInt(0)
        + counts.path("canceled").asInt(0)
        + counts.path("expired").asInt(0);
  }

  /** Anthropic's stop reasons in OpenAI's words, as {@link BatchArticles} reads them. */
  private static String finishReason(String stopReason) {
    if (stopReason == null) {
      return null;
    }
    return switch (stopReason) {
      case "max_tokens" -> "length";
      case "refusal" -> "content_filter";
      default -> "stop";
    };
  }

  /** The HTTP status Anthropic gives an error of this type, as its error documentation lists. */
  private static int status(String errorType) {
    return switch (errorType) {
      case "invalid_request_error" -> 400;
      case "authentication_error" -> 401;
      case "permission_error" -> 403;
      case "not_found_error" -> 404;
      case "request_too_large" -> 413;
      case "rate_limit_error" -> 429;
      case "overloaded_error" -> 529;
      default -> 500;
    };
  }

  private static Instant time(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isString() || value.asString().isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.asString());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private HttpRequest.Builder authorized(URI uri) {
    return http.request(uri)
        .header("x-api-key", settings.apiKey())
        .header("anthropic-version", AnthropicProtocol.VERSION);
  }

  private URI uri(String path) {
    return URI.create(settings.baseUrl() + path);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
