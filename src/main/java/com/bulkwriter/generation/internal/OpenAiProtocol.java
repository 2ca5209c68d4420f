package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.GenerationFailure;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI's chat completions, streamed ({@code stream: true} with {@code include_usage}, so the last
 * chunk reports the tokens billed). Servers that copy the protocol but send no usage get an
 * estimate from the text's length.
 */
final class OpenAiProtocol implements WireProtocol {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public String name() {
    return "openai";
  }

  @Override
  public HttpRequest request(ProviderSettings settings, Prompt prompt, String model) {
    ObjectNode body = body(prompt, model);
    body.put("stream", true);
    body.putObject("stream_options").put("include_usage", true);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/chat/completions"))
            .timeout(settings.timeout())
            .header("Content-Type", "application/json")
            .header("Accept", "text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (settings.hasKey()) {
      request.header("Authorization", "Bearer " + settings.apiKey());
    }
    return request.build();
  }

  /** The body of a chat completion request, unstreamed (a batch request's {@code body}). */
  static ObjectNode body(Prompt prompt, String model) {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", model);
    body.put("max_tokens", prompt.maxTokens());
    var messages = body.putArray("messages");
    messages.addObject().put("role", "system").put("content", prompt.system());
    messages.addObject().put("role", "user").put("content", prompt.user());
    return body;
  }

  @Override
  public GenerationFailure classify(int status, String body, Duration retryAfter) {
    return ProviderErrors.classify("OpenAI", "bulkwriter.openai", status, body, retryAfter);
  }

  @Override
  public StreamReader reader() {
    return new Reader();
  }

  private static final class Reader implements StreamReader {
    private final StringBuilder text = new StringBuilder();
    private String finishReason;
    private long promptTokens = -1;
    private long completionTokens = -1;
    private boolean done;

    @Override
    public void event(String event, String data) {
      if (data.strip().equals("[DONE]")) {
        done = true;
        return;
      }
      JsonNode chunk;
      try {
        chunk = JSON.readTree(data);
      } catch (RuntimeException e) {
        throw GenerationFailure.retryable("OpenAI sent an unreadable stream chunk", e);
      }
      if (chunk.has("error")) {
        throw GenerationFailure.retryable(
            "OpenAI reported an error mid-stream: " + ProviderErrors.detail(data), null);
      }
      JsonNode choice = chunk.path("choices").path(0);
      String content = choice.path("delta").path("content").asString("");
      text.append(content);
      if (choice.hasNonNull("finish_reason")) {
        finishReason = choice.get("finish_reason").asString();
      }
      JsonNode usage = chunk.path("usage");
      if (usage.isObject()) {
        promptTokens = usage.path("prompt_tokens").asLong(-1);
        completionTokens = usage.path("completion_tokens").asLong(-1);
      }
    }

    @Override
    public CharSequence text() {
      return text;
    }

    @Override
    public Completion finish() {
      if (!done) {
        throw GenerationFailure.retryable("OpenAI's stream ended before [DONE] (truncated)", null);
      }
      if ("content_filter".equals(finishReason)) {
        throw GenerationFailure.permanent("OpenAI's content filter refused this article");
      }
      if ("length".equals(finishReason)) {
        throw GenerationFailure.retryable("OpenAI's answer was cut off at max_tokens", null);
      }
      long output = completionTokens >= 0 ? completionTokens : text.length() / 4;
      return new Completion(text.toString(), Math.max(promptTokens, 0), output);
    }
  }
}
