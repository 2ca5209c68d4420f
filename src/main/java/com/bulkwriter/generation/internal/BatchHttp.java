package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.GenerationFailure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP exchanges of a provider's batch API: JSON in and out, and files read line by line. A
 * broken connection or a 5xx is a retryable (uncertain) {@link GenerationFailure}; other error
 * statuses are classified as for chat calls ({@link ProviderErrors}).
 */
final class BatchHttp {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** Error bodies longer than this are cut; they only serve as messages. */
  private static final int MAX_ERROR_BODY = 16_384;

  private final HttpClient http;
  private final String label;
  private final String prefix;
  private final Duration timeout;

  BatchHttp(HttpClient http, String label, String prefix, Duration timeout) {
    this.http = http;
    this.label = label;
    this.prefix = prefix;
    this.timeout = timeout;
  }

  HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(timeout);
  }

  /** Sends the request and reads its JSON answer. */
  JsonNode json(HttpRequest request) {
    try (InputStream body = open(request)) {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw broken(request, e);
    } catch (RuntimeException e) {
      if (e instanceof GenerationFailure failure) {
        throw failure;
      }
      throw GenerationFailure.retryable(label + " sent an unreadable answer: " + e, e);
    }
  }

  /** Sends the request and hands each line of its answer to {@code each}, as it is read. */
  void lines(HttpRequest request, Consumer<String> each) {
    try (InputStream body = open(request);
        var lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          each.accept(line);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw broken(request, e);
    }
  }

  private InputStream open(HttpRequest request) throws IOException {
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw GenerationFailure.retryable("Interrupted before " + label + " answered", e);
    }
    if (response.statusCode() / 100 != 2) {
      try (InputStream body = response.body()) {
        String text = new String(body.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
        throw ProviderErrors.classify(label, prefix, response.statusCode(), text, Duration.ZERO);
      }
    }
    return response.body();
  }

  private GenerationFailure broken(HttpRequest request, Exception e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return GenerationFailure.retryable(
        "The connection to %s broke (%s %s): %s"
            .formatted(label, request.method(), request.uri().getPath(), why),
        e);
  }
}
