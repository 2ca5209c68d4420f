package com.bulkwriter.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A real HTTP proxy in front of a server that forwards every request and can lose answers: the next
 * {@code n} requests that match are carried out by the server, and then the connection is cut
 * before the answer reaches the client — the "did it happen?" failure of a network or a node dying
 * at the wrong moment.
 */
public final class ForwardingProxy implements AutoCloseable {

  private final HttpServer server;
  private final String target;
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicInteger toLose = new AtomicInteger();
  private final AtomicInteger lost = new AtomicInteger();
  private volatile Predicate<HttpExchange> losing = exchange -> false;
  private volatile Predicate<HttpExchange> holding = exchange -> false;
  private volatile Predicate<HttpExchange> throttling = exchange -> false;
  private final AtomicInteger toThrottle = new AtomicInteger();
  private volatile String retryAfter = "1";
  private final java.util.concurrent.CountDownLatch held =
      new java.util.concurrent.CountDownLatch(1);
  private final java.util.concurrent.CountDownLatch released =
      new java.util.concurrent.CountDownLatch(1);

  private ForwardingProxy(String target) throws IOException {
    this.target = target;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::forward);
    server.start();
  }

  /** A proxy to {@code target} (e.g. {@code http://127.0.0.1:8080}). */
  public static ForwardingProxy to(String target) {
    try {
      return new ForwardingProxy(target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * The next {@code n} requests matching {@code which} reach the server; their answers are lost.
   */
  public void loseAnswers(int n, Predicate<HttpExchange> which) {
    losing = which;
    toLose.set(n);
  }

  /**
   * The first request matching {@code which} reaches the server, and its answer is held back until
   * {@link #release()}: the moment between the server carrying it out and the client knowing.
   */
  public void holdAnswer(Predicate<HttpExchange> which) {
    holding = which;
  }

  /** Waits until a held request was carried out by the server; false after {@code timeout}. */
  public boolean awaitHeld(java.time.Duration timeout) throws InterruptedException {
    return held.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  /** Lets the held answer go (to a client that may no longer be there). */
  public void release() {
    released.countDown();
  }

  /**
   * The next {@code n} requests matching {@code which} are not forwarded: they get 429 Too Many
   * Requests with {@code Retry-After: seconds}.
   */
  public void throttle(int n, int seconds, Predicate<HttpExchange> which) {
    retryAfter = String.valueOf(seconds);
    throttling = which;
    toThrottle.set(n);
  }

  /** Answers lost so far. */
  public int lost() {
    return lost.get();
  }

  /** Matches a method and a path ending. */
  public static Predicate<HttpExchange> request(String method, String pathEnd) {
    return exchange ->
        exchange.getRequestMethod().equals(method)
            && exchange.getRequestURI().getPath().endsWith(pathEnd);
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (throttling.test(exchange) && toThrottle.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        exchange.getResponseHeaders().add("Retry-After", retryAfter);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        byte[] answer = "{\"code\": \"too_many_requests\"}".getBytes();
        exchange.sendResponseHeaders(429, answer.length);
        exchange.getResponseBody().write(answer);
        return;
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
              .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      for (String header : List.of("Authorization", "Content-Type", "Accept")) {
        String value = exchange.getRequestHeaders().getFirst(header);
        if (value != null) {
          request.header(header, value);
        }
      }
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (holding.test(exchange) && held.getCount() > 0) {
        holding = other -> false;
        held.countDown();
        released.await();
      }
      if (losing.test(exchange) && toLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        lost.incrementAndGet();
        return; // closed without an answer: the client cannot know the server carried it out
      }
      response
          .headers()
          .firstValue("Content-Type")
          .ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
      response
          .headers()
          .firstValue("Retry-After")
          .ifPresent(value -> exchange.getResponseHeaders().add("Retry-After", value));
      byte[] answer = response.body();
      exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
      if (answer.length > 0) {
        exchange.getResponseBody().write(answer);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
