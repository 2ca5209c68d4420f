package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.GenerationFailure;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Anthropic's Messages API, streamed: {@code message_start} carries the input tokens, {@code
 * content_block_delta} the text, {@code message_delta} the output tokens and stop reason, {@code
 * message_stop} ends a complete answer.
 */
final class AnthropicProtocol implements WireProtocol {

  static final String VERSION = "2023-06-01";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public String name() {
    return "anthropic";
  }

  @Override
  public HttpRequest request(ProviderSettings settings, Prompt prompt, String model) {
    ObjectNode body = body(prompt, model);
    body.put("stream", true);
    return HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/messages"))
        .timeout(settings.timeout())
        .header("Content-Type", "application/json")
        .header("Accept", "text/event-stream")
        .header("anthropic-version", VERSION)
        .header("x-api-key", settings.apiKey())
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
        .build();
  }

  /** The body of a Messages request, unstreamed (a batch request's {@code params}). */
  static ObjectNode body(Prompt prompt, String model) {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", model);
    body.put("max_tokens", prompt.maxTokens());
    body.put("system", prompt.system());
    body.putArray("messages").addObject().put("role", "user").put("content", prompt.user());
    return body;
  }

  @Override
  public GenerationFailure classify(int status, String body, Duration retryAfter) {
    return ProviderErrors.classify("Anthropic", "bulkwriter.anthropic", status, body, retryAfter);
  }

  @Override
  public StreamReader reader() {
    return new Reader();
  }

  private static final class Reader implements StreamReader {
    private final StringBuilder text = new StringBuilder();
    private long inputTokens;
    private long outputTokens;
    private String stopReason;
    private boolean done;

    @Override
    public void event(String event, String data) {
      JsonNode json;
      try {
        json = JSON.readTree(data);
      } catch (RuntimeException e) {
        throw GenerationFailure.retryable("Anthropic sent an unreadable stream event", e);
      }
      String type = event != null ? event : json.path("type").asString("");
      switch (type) {
        case "message_start" -> {
          JsonNode usage = json.path("message").path("usage");
          inputTokens = usage.path("input_tokens").asLong(0);
          outputTokens = usage.path("output_tokens").asLong(0);
        }
        case "content_block_delta" -> text.append(json.path("delta").path("text").asString(""));
        case "message_delta" -> {
          stopReason = json.path("delta").path("stop_reason").asString(stopReason);
          outputTokens = json.path("usage").path("output_tokens").asLong(outputTokens);
        }
        case "message_stop" -> done = true;
        case "error" ->
            throw GenerationFailure.retryable(
                "Anthropic reported an error mid-stream: " + ProviderErrors.detail(data), null);
        default -> {
          // ping, content_block_start, content_block_stop carry nothing we need
        }
      }
    }

    @Override
    public CharSequence text() {
      return text;
    }

    @Override
    public Completion finish() {
      if (!done) {
        throw GenerationFailure.retryable(
            "Anthropic's stream ended before message_stop (truncated)", null);
      }
      if ("refusal".equals(stopReason)) {
        throw GenerationFailure.permanent("Anthropic's model refused to write this article");
      }
      if ("max_tokens".equals(stopReason)) {
        throw GenerationFailure.retryable("Anthropic's answer was cut off at max_tokens", null);
      }
      return new Completion(text.toString(), inputTokens, outputTokens);
    }
  }
}
