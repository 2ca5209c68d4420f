package com.bulkwriter.progress.web;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real STOMP client on {@code /ws}, as a script would use it: authenticated by a bearer token on
 * the handshake, collecting every event of its subscriptions as JSON.
 */
final class StompWatcher implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  final List<JsonNode> received = new CopyOnWriteArrayList<>();
  final CompletableFuture<String> error = new CompletableFuture<>();
  private final StompSession session;

  private StompWatcher(StompSession session) {
    this.session = session;
  }

  /** Connects with {@code token} (or without credentials when null). */
  static StompWatcher connect(int port, String token) throws Exception {
    WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
    if (token != null) {
      handshake.add("Authorization", "Bearer " + token);
    }
    return connect(port, handshake);
  }

  /** Connects as the browser does: with the session cookie of a signed-in client. */
  static StompWatcher connectWithCookies(int port, String cookieHeader) throws Exception {
    WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
    handshake.add("Cookie", cookieHeader);
    return connect(port, handshake);
  }

  private static StompWatcher connect(int port, WebSocketHttpHeaders handshake) throws Exception {
    WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
    client.setMessageConverter(new StringMessageConverter());
    ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    scheduler.setDaemon(true);
    scheduler.initialize();
    client.setTaskScheduler(scheduler);
    CompletableFuture<String> failure = new CompletableFuture<>();
    StompSession session =
        client
            .connectAsync(
                "ws://localhost:" + port + "/ws",
                handshake,
                new StompSessionHandlerAdapter() {
                  @Override
                  public void handleFrame(StompHeaders headers, Object payload) {
                    failure.complete(String.valueOf(headers.get("message")));
                  }

                  @Override
                  public void handleException(
                      StompSession s,
                      StompCommand command,
                      StompHeaders headers,
                      byte[] payload,
                      Throwable exception) {
                    failure.complete(exception.toString());
                  }

                  @Override
                  public void handleTransportError(StompSession s, Throwable exception) {
                    failure.complete(exception.toString());
                  }
                })
            .get(10, TimeUnit.SECONDS);
    StompWatcher watcher = new StompWatcher(session);
    failure.whenComplete((message, ignored) -> watcher.error.complete(message));
    return watcher;
  }

  /** Subscribes and waits for the server's receipt, so nothing published after is missed. */
  void subscribe(String destination) throws Exception {
    StompHeaders headers = new StompHeaders();
    headers.setDestination(destination);
    headers.setReceipt("r-" + destination);
    CompletableFuture<Void> receipt = new CompletableFuture<>();
    session
        .subscribe(
            headers,
            new StompSessionHandlerAdapter() {
              @Override
              public Type getPayloadType(StompHeaders headers) {
                return String.class;
              }

              @Override
              public void handleFrame(StompHeaders headers, Object payload) {
                // a batch's events arrive in frames (JSON arrays); notifications one by one
                JsonNode message = JSON.readTree((String) payload);
                if (message.isArray()) {
                  message.forEach(received::add);
                } else {
                  received.add(message);
                }
              }
            })
        .addReceiptTask(() -> receipt.complete(null));
    receipt.get(10, TimeUnit.SECONDS);
  }

  /** Subscribes without waiting: for refusals. */
  void trySubscribe(String destination) {
    session.subscribe(destination, new StompSessionHandlerAdapter() {});
  }

  boolean connected() {
    return session.isConnected();
  }

  long lastSeq() {
    return received.stream().mapToLong(event -> event.get("seq").asLong()).max().orElse(0);
  }

  static Duration timeout() {
    return Duration.ofSeconds(30);
  }

  @Override
  public void close() {
    if (session.isConnected()) {
      session.disconnect();
    }
  }
}
