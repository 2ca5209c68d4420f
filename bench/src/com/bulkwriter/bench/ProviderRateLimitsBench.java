package com.bulkwriter.bench;

import com.bulkwriter.batch.internal.Batch;
import com.bulkwriter.batch.internal.BatchService;
import com.bulkwriter.batch.internal.Counts;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.LlmSimulator;
import com.bulkwriter.support.TestApplication;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * N articles through one node's queue against {@link LlmSimulator} with the given limits, latency
 * and fault rate. The floor is the least time the provider's request limit allows: N / RPM
 * minutes. Targets: at least 95 % of the floor, at most 0.5 % of requests 429'd, no article
 * generated twice; with 20 % faults fewer than 1 % of articles finally failed.
 */
public final class ProviderRateLimitsBench {

  /** Submits and exports go straight to the services, as the owner of the bench's batches. */
  private static final String OWNER = "bench";

  public static void main(String[] args) throws InterruptedException {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 600;
    int rpm = args.length > 1 ? Integer.parseInt(args[1]) : 600;
    int tpm = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    long latencyMs = args.length > 3 ? Long.parseLong(args[3]) : 1_000;
    double faultRate = args.length > 4 ? Double.parseDouble(args[4]) : 0;
    try (LlmSimulator simulator =
        LlmSimulator.start("bench-key", rpm, tpm)
            .latency(Duration.ofMillis(latencyMs))
            .faultRate(faultRate)) {
      var context =
          TestApplication.start(
              DatabaseUnderTest.H2.properties(),
              Map.ofEntries(
                  Map.entry("bulkwriter.openai.base-url", simulator.baseUrl()),
                  Map.entry("bulkwriter.openai.api-key", "bench-key"),
                  Map.entry("bulkwriter.openai.requests-per-minute", String.valueOf(rpm)),
                  Map.entry("bulkwriter.openai.tokens-per-minute", String.valueOf(tpm)),
                  // enough calls in flight for RPM/60 x latency, with room for slow answers
                  Map.entry("bulkwriter.openai.max-concurrency", "64"),
                  Map.entry("bulkwriter.queue.max-in-flight", "64"),
                  Map.entry("bulkwriter.queue.backoff-base", "1s"),
                  Map.entry("bulkwriter.queue.backoff-max", "30s"),
                  Map.entry("bulkwriter.batch.max-items", String.valueOf(Math.max(articles, 10_000))),
                  Map.entry("bulkwriter.security.max-queued-articles", String.valueOf(articles + 1_000)),
                  Map.entry("bulkwriter.security.max-articles-per-day", String.valueOf(2 * articles + 1_000)),
                  Map.entry("logging.level.root", "WARN")));
      try (context) {
        BatchService service = context.getBean(BatchService.class);
        long start = System.nanoTime();
        Batch batch = service.submitJson(OWNER, body(articles), null).batch();
        Counts counts;
        do {
          Thread.sleep(50);
          counts = service.counts(batch);
        } while (counts.queued() + counts.running() > 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        double floor = articles * 60.0 / rpm;
        long twice = simulator.allWritten().values().stream().filter(n -> n.get() > 1).count();
        double share429 = 100.0 * simulator.rateLimited() / Math.max(1, simulator.requests());
        double failedShare = 100.0 * counts.failed() / articles;
        System.out.printf(
            "provider-rate-limits: %d articles, RPM %d, TPM %d, latency %d ms, fault rate %.0f %%%n",
            articles, rpm, tpm, latencyMs, faultRate * 100);
        System.out.printf(
            "  time %.1f s against the floor N/RPM = %.1f s: ratio %.3f (target >= 0.95)%n",
            seconds, floor, floor / seconds);
        System.out.printf(
            "  requests %d, answered 429: %d = %.2f %% (target <= 0.5 %%), faults injected %d%n",
            simulator.requests(), simulator.rateLimited(), share429, simulator.faults());
        System.out.printf(
            "  articles succeeded %d, failed %d = %.2f %% (target < 1 %% with 20 %% faults)%n",
            counts.succeeded(), counts.failed(), failedShare);
        System.out.printf("  articles generated more than once: %d (target 0)%n", twice);
      }
    }
  }

  private static ObjectNode body(int articles) {
    ObjectNode body = JsonMapper.builder().build().createObjectNode();
    body.put("name", "provider bench");
    body.putObject("settings").put("provider", "openai").put("wordCount", 300);
    var items = body.putArray("items");
    for (int i = 1; i <= articles; i++) {
      items.add("bench keyword " + i);
    }
    return body;
  }
}
