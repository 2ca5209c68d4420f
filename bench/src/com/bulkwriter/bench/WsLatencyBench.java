package com.bulkwriter.bench;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.TestApplication;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.messaging.converter.StringMessageConverter;
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
 * Latency of live progress: S subscribers on one batch; for every event each subscriber receives,
 * the time from the change being announced (the event's {@code at}) to its arrival.
 *
 * <p>Run with {@code bench/ws-latency [subscribers] [articles] [time-per-article]}; the
 * subscribers run in the same JVM, on the same cores as the server.
 */
public final class WsLatencyBench {

  private static final double TARGET_MS = 250;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  public static void main(String[] args) throws Exception {
    int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int articles = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    // time per article: with 8 in flight, 100ms means ~80 articles and ~170 events per second
    String delay = args.length > 2 ? args[2] : "100ms";
    var context =
        TestApplication.start(
            DatabaseUnderTest.H2.properties(),
            Map.<String, Object>of(
                "bulkwriter.offline.delay", delay,
                "bulkwriter.queue.max-in-flight", "8",
                "logging.level.root", "WARN"));
    try (context) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      Api api = new Api(port);
      WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
      client.setMessageConverter(new StringMessageConverter());
      ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
      scheduler.setPoolSize(4);
      scheduler.initialize();
      client.setTaskScheduler(scheduler);
      WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
      handshake.add("Authorization", "Bearer " + api.token());

      List<StompSession> sessions = new ArrayList<>();
      for (int i = 0; i < subscribers; i++) {
        sessions.add(
            client
                .connectAsync(
                    "ws://localhost:" + port + "/ws", handshake, new StompSessionHandlerAdapter() {})
                .get(10, TimeUnit.SECONDS));
      }
      StringBuilder items = new StringBuilder();
      for (int i = 0; i < articles; i++) {
        items.append(i == 0 ? "" : ",").append("\"latency keyword ").append(i).append('"');
      }
      // submit paused work first so every subscriber is in place before the first change
      var submitted =
          api.post(
              "/api/articles/bulk",
              "application/json",
              "{\"name\": \"Latency\", \"items\": [" + items + "]}");
      String batch = submitted.json().get("id").asString();
      api.post("/api/articles/queue/" + batch + "/pause");

      ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
      AtomicInteger finished = new AtomicInteger();
      AtomicInteger frames = new AtomicInteger();
      for (StompSession session : sessions) {
        session.subscribe(
            "/topic/batches." + batch,
            new StompSessionHandlerAdapter() {
              @Override
              public Type getPayloadType(StompHeaders headers) {
                return String.class;
              }

              @Override
              public void handleFrame(StompHeaders headers, Object payload) {
                long arrived = System.currentTimeMillis();
                frames.incrementAndGet();
                // one frame holds the batch's events of the last frame interval
                for (JsonNode event : JSON.readTree((String) payload)) {
                  latencies.add(arrived - Instant.parse(event.get("at").asString()).toEpochMilli());
                  JsonNode notice = event.get("notification");
                  if (notice != null && "BATCH_FINISHED".equals(notice.get("type").asString())) {
                    finished.incrementAndGet();
                  }
                }
              }
            });
      }
      Thread.sleep(1_000); // let every SUBSCRIBE land
      latencies.clear();
      long start = System.nanoTime();
      api.post("/api/articles/queue/" + batch + "/resume");
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (finished.get() < subscribers && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      long p50 = sorted.get(sorted.size() / 2);
      long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
      long max = sorted.getLast();
      System.out.printf(
          "ws-latency: %d subscribers, batch of %d articles at %s each (8 in flight), %.1f s,"
              + " %d events delivered in %d frames (%d subscribers saw it finish)%n",
          subscribers, articles, delay, seconds, sorted.size(), frames.get(), finished.get());
      System.out.printf("  change announced -> subscriber: p50 %d ms, p95 %d ms, max %d ms%n", p50, p95, max);
      System.out.printf(
          "  ratio of p95 to the %.0f ms target: %.2f (%s)%n",
          TARGET_MS, p95 / TARGET_MS, p95 <= TARGET_MS ? "met" : "NOT met");
      sessions.forEach(StompSession::disconnect);
      scheduler.shutdown();
    }
  }
}
