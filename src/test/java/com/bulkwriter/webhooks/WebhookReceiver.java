package com.bulkwriter.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP endpoint for webhook tests (the JDK's HttpServer on 127.0.0.1): records every request
 * with its headers and body, and answers with the status codes a test queues (200 when none is
 * queued).
 */
public final class WebhookReceiver implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One request as it arrived. */
  public record Received(Map<String, List<String>> headers, String body, Instant at) {

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(entry -> entry.getValue().getFirst())
          .findFirst()
          .orElse(null);
    }

    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String type() {
      return json().get("type").stringValue();
    }

    /** Whether this request carries a valid signature made with {@code secret}. */
    public boolean signedWith(String secret) {
      return new SignatureVerifier(secret)
          .verify(
              header("webhook-id"),
              header("webhook-timestamp"),
              header("webhook-signature"),
              body,
              Instant.now());
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
  private volatile int defaultAnswer = 200;

  public WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, Instant.now()));
          Integer queued = answers.poll();
          int status = queued != null ? queued : defaultAnswer;
          byte[] answer = ("answered " + status).getBytes(StandardCharsets.UTF_8);
          if (status >= 300 && status < 400) {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:1/elsewhere");
          }
          exchange.sendResponseHeaders(status, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  /** The URL of a path on this receiver. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The next requests are answered with these statuses, in order. */
  public void answer(Integer... statuses) {
    answers.addAll(List.of(statuses));
  }

  /** Every request without a queued status is answered with this one. */
  public void answerAlways(int status) {
    defaultAnswer = status;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The requests of one event type. */
  public List<Received> ofType(String type) {
    return received.stream().filter(r -> r.type().equals(type)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
