package com.bulkwriter.bench;

import com.bulkwriter.batch.internal.Batch;
import com.bulkwriter.batch.internal.BatchService;
import com.bulkwriter.batch.internal.Counts;
import com.bulkwriter.progress.internal.EventLog;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.LlmSimulator;
import com.bulkwriter.support.TestApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How true the time left is: runs a batch per case on one node (embedded H2) and reads back every
 * progress event its page received. For each event between 10 % and 70 % done, the error of {@code
 * etaSeconds} against the true time left (from the event to the last article's finish) is
 * |eta - truth| / truth; the case prints the median (target: at most 25 %). It also prints the
 * first time left (before any article finishes) against the estimate before submit (target: within
 * 25 %), the rate and pace the page shows, and for the resume case the first time left after the
 * resume against the truth.
 *
 * <p>Realtime cases run against {@link LlmSimulator} at a given requests-per-minute limit and answer
 * time, with enough calls in flight that the limit binds; {@code concurrency} lets 16 workers bind
 * instead; {@code offline} is the offline draft engine at its 2 s default with 16 workers, whose
 * articles finish in waves.
 */
public final class EtaAccuracyBench {

  private static final String OWNER = "bench";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** {@code BENCH_VERBOSE=1} prints every sample. */
  private static final boolean VERBOSE = System.getenv("BENCH_VERBOSE") != null;

  /** One run: a provider limit and answer time (rpm 0: the offline engine), a size, a pause. */
  record Case(String name, int rpm, long latencyMs, int articles, int inFlight, boolean resume) {}

  static final List<Case> CASES =
      List.of(
          new Case("rpm60-10s", 60, 10_000, 60, 64, false),
          new Case("rpm600-0.8s", 600, 800, 300, 64, false),
          new Case("rpm600-3s", 600, 3_000, 300, 64, false),
          new Case("rpm3000-0.5s", 3_000, 500, 1_000, 64, false),
          new Case("concurrency", 3_000, 3_000, 160, 16, false),
          new Case("offline", 0, 2_000, 160, 16, false),
          new Case("resume", 600, 800, 300, 64, true));

  public static void main(String[] args) throws Exception {
    List<String> wanted = List.of(args);
    List<String> lines = new ArrayList<>();
    for (Case c : CASES) {
      if (wanted.isEmpty() || wanted.contains(c.name())) {
        lines.add(run(c));
      }
    }
    System.out.println();
    System.out.println(
        "eta-accuracy: median |eta - true time left| / true time left, samples 10-70 % done"
            + " (target <= 25 %)");
    lines.forEach(System.out::println);
  }

  private static String run(Case c) throws Exception {
    LlmSimulator simulator =
        c.rpm() > 0
            ? LlmSimulator.start("bench-key", c.rpm(), 100_000_000)
                .latency(Duration.ofMillis(c.latencyMs()))
            : null;
    Map<String, Object> settings = new HashMap<>();
    settings.put("bulkwriter.queue.max-in-flight", String.valueOf(c.inFlight()));
    settings.put("bulkwriter.batch.max-items", "10000");
    settings.put("bulkwriter.security.max-articles-per-day", "100000");
    settings.put("logging.level.root", "WARN");
    if (simulator != null) {
      settings.put("bulkwriter.openai.base-url", simulator.baseUrl());
      settings.put("bulkwriter.openai.api-key", "bench-key");
      settings.put("bulkwriter.openai.requests-per-minute", String.valueOf(c.rpm()));
      settings.put("bulkwriter.openai.tokens-per-minute", "100000000");
      settings.put("bulkwriter.openai.max-concurrency", String.valueOf(c.inFlight()));
    } else {
      settings.put("bulkwriter.offline.delay", c.latencyMs() + "ms");
    }
    try (var context = TestApplication.start(DatabaseUnderTest.H2.properties(), settings)) {
      BatchService service = context.getBean(BatchService.class);
      ObjectNode body = body(c);
      long estimate = service.estimateJson("bench", body).estimate().durationSeconds();
      long start = System.nanoTime();
      Batch batch = service.submitJson(OWNER, body, null).batch();
      Instant resumedAt = null;
      Counts counts;
      do {
        Thread.sleep(50);
        counts = service.counts(batch);
        if (c.resume() && resumedAt == null && counts.progress() >= 30) {
          service.pause(OWNER, batch.id());
          Thread.sleep(5_000); // paused time must not count
          service.resume(OWNER, batch.id());
          resumedAt = Instant.now();
        }
      } while (counts.queued() + counts.running() > 0);
      double seconds = (System.nanoTime() - start) / 1e9;
      Thread.sleep(1_000); // the last events are written
      return report(c, events(context.getBean(EventLog.class), batch.id()), estimate, seconds, resumedAt);
    } finally {
      if (simulator != null) {
        simulator.close();
      }
    }
  }

  private static String report(
      Case c, List<JsonNode> events, long estimate, double seconds, Instant resumedAt) {
    Instant end = null;
    for (JsonNode event : events) {
      JsonNode article = event.get("article");
      if (article != null && List.of("SUCCEEDED", "FAILED").contains(article.get("status").asString())) {
        Instant at = Instant.parse(event.get("at").asString());
        end = end == null || at.isAfter(end) ? at : end;
      }
    }
    List<Double> errors = new ArrayList<>();
    Long firstEta = null;
    double firstTruth = Double.NaN;
    String afterResume = "";
    String pace = "none";
    double perMinute = 0;
    for (JsonNode event : events) {
      JsonNode state = event.get("batch");
      if (state == null || !"RUNNING".equals(state.get("status").asString())) {
        continue;
      }
      JsonNode eta = state.get("etaSeconds");
      if (eta == null || eta.isNull()) {
        continue;
      }
      Instant at = Instant.parse(event.get("at").asString());
      double truth = Duration.between(at, end).toMillis() / 1000.0;
      if (firstEta == null) {
        firstEta = eta.asLong();
        firstTruth = truth;
      }
      if (VERBOSE) {
        System.out.printf(
            "    %s %5.1f %% done: eta %4d s, true %6.1f s, %s articles/min%n",
            c.name(), state.get("progress").asDouble(), eta.asLong(), truth,
            state.get("articlesPerMinute"));
      }
      if (resumedAt != null && afterResume.isEmpty() && !at.isBefore(resumedAt)) {
        afterResume = " | after resume: first %d s, true %.1f s".formatted(eta.asLong(), truth);
      }
      double progress = state.get("progress").asDouble();
      if (progress >= 10 && progress <= 70 && truth > 0) {
        errors.add(Math.abs(eta.asLong() - truth) / truth);
        perMinute = state.get("articlesPerMinute").asDouble();
        JsonNode paced = state.get("pace");
        pace =
            paced == null || paced.isNull()
                ? "none"
                : "%d %s".formatted(paced.get("perMinute").asInt(), paced.get("limitedBy").asString());
      }
    }
    errors.sort(null);
    double median = errors.isEmpty() ? Double.NaN : errors.get(errors.size() / 2);
    double firstRatio = firstEta == null || estimate == 0 ? Double.NaN : firstEta / (double) estimate;
    return ("  %-13s %4d articles in %5.1f s: median error %5.1f %% over %3d samples (%s);"
            + " first eta %s s vs estimate %d s (ratio %.2f), true %.1f s; %.0f articles/min,"
            + " paced by %s%s")
        .formatted(
            c.name(),
            c.articles(),
            seconds,
            median * 100,
            errors.size(),
            median <= 0.25 ? "met" : "NOT met",
            firstEta,
            estimate,
            firstRatio,
            firstTruth,
            perMinute,
            pace,
            afterResume);
  }

  private static List<JsonNode> events(EventLog log, UUID batchId) {
    List<JsonNode> all = new ArrayList<>();
    long after = 0;
    while (true) {
      List<String> page = log.after(batchId, after);
      if (page.isEmpty()) {
        return all;
      }
      for (String text : page) {
        JsonNode event = JSON.readTree(text);
        all.add(event);
        after = Math.max(after, event.get("seq").asLong());
      }
    }
  }

  private static ObjectNode body(Case c) {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", "eta " + c.name());
    body.putObject("settings")
        .put("provider", c.rpm() > 0 ? "openai" : "offline")
        .put("wordCount", 300);
    var items = body.putArray("items");
    for (int i = 1; i <= c.articles(); i++) {
      items.add("eta keyword " + i);
    }
    return body;
  }
}
