package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.GenerationFailure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Sends one streamed request on the JDK's HttpClient and reads its server-sent events through a
 * {@link WireProtocol}. No retries here: the queue owns them. A call that takes longer than its
 * timeout, streaming included, is cut off and reported as {@link TimedOut}.
 */
final class ChatClient {

  /** Error bodies longer than this are cut; they only serve as messages. */
  private static final int MAX_ERROR_BODY = 16_384;

  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("llm-call-watchdog").daemon().factory());

  private final HttpClient http;
  private final Clock clock;

  ChatClient(HttpClient http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  /** The call timed out; the adaptive concurrency limit treats it like a 429. */
  static final class TimedOut extends GenerationFailure {
    TimedOut(String message, Throwable cause) {
      super(message, true, cause);
    }
  }

  /**
   * Sends {@code request} and returns the finished answer.
   *
   * @param headers sees every response's status and headers (rate-limit budgets) as it begins,
   *     errors included
   * @param partial sees the answer's text so far after each event that added to it
   */
  Completion call(
      HttpRequest request,
      WireProtocol protocol,
      Duration timeout,
      Answered headers,
      Consumer<CharSequence> partial) {
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new TimedOut(protocol.name() + " did not answer within " + timeout, e);
    } catch (IOException e) {
      throw GenerationFailure.retryable(
          "Could not reach %s: %s".formatted(protocol.name(), describe(e)), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw GenerationFailure.rateLimited(
          "Interrupted before " + protocol.name() + " answered", Duration.ZERO);
    }
    headers.answered(response.statusCode(), response.headers());
    AtomicBoolean timedOut = new AtomicBoolean();
    try (InputStream body = response.body()) {
      ScheduledFuture<?> watchdog =
          WATCHDOG.schedule(
              () -> {
                timedOut.set(true);
                closeQuietly(body);
              },
              timeout.toMillis(),
              TimeUnit.MILLISECONDS);
      try {
        if (response.statusCode() / 100 != 2) {
          String text = new String(body.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
          throw protocol.classify(
              response.statusCode(),
              text,
              RateLimitHeaders.retryAfter(response.headers(), clock.instant())
                  .orElse(Duration.ZERO));
        }
        return read(body, protocol.reader(), partial);
      } finally {
        watchdog.cancel(false);
      }
    } catch (IOException e) {
      if (timedOut.get()) {
        throw new TimedOut(protocol.name() + " took longer than " + timeout + " to answer", e);
      }
      throw GenerationFailure.retryable(
          "The connection to %s broke: %s".formatted(protocol.name(), describe(e)), e);
    }
  }

  private static Completion read(
      InputStream body, WireProtocol.StreamReader reader, Consumer<CharSequence> partial)
      throws IOException {
    var lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    String event = null;
    StringBuilder data = new StringBuilder();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.isEmpty()) {
        if (!data.isEmpty()) {
          int before = reader.text().length();
          reader.event(event, data.toString());
          if (reader.text().length() > before) {
            partial.accept(reader.text());
          }
        }
        event = null;
        data.setLength(0);
      } else if (line.startsWith("event:")) {
        event = line.substring(6).strip();
      } else if (line.startsWith("data:")) {
        if (!data.isEmpty()) {
          data.append('\n');
        }
        data.append(line.substring(5).stripLeading());
      }
      // comments (": keep-alive") and unknown fields are ignored, as the SSE spec says
    }
    if (!data.isEmpty()) {
      reader.event(event, data.toString());
    }
    return reader.finish();
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void closeQuietly(InputStream stream) {
    try {
      stream.close();
    } catch (IOException ignored) {
      // the reader sees the stream end either way
    }
  }

  /** Sees a response's status and headers as it begins. */
  @FunctionalInterface
  interface Answered {
    void answered(int status, HttpHeaders headers);
  }
}
