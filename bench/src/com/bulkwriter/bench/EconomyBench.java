package com.bulkwriter.bench;

import com.bulkwriter.batch.internal.Batch;
import com.bulkwriter.batch.internal.BatchService;
import com.bulkwriter.batch.internal.Counts;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.LlmSimulator;
import com.bulkwriter.support.TestApplication;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * N articles (default 10,000) in economy mode on one node (embedded database) against the
 * simulator's batch APIs (OpenAI's Files and Batch APIs, or Anthropic's Message Batches); prints
 * the time, the peak heap and the recorded cost against the realtime price of the same tokens
 * (gpt-4o-mini: 0.15 / 0.60 USD per million; claude-3-5-haiku-latest: 0.80 / 4.00).
 *
 * <p>Run with {@code bench/economy [articles] [openai|anthropic]}; the script caps the heap at 256
 * MB.
 */
public final class EconomyBench {

  private static final String OWNER = "bench";
  private static final String KEY = "sk-bench";

  public static void main(String[] args) throws InterruptedException {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    boolean anthropic = args.length > 1 && args[1].equals("anthropic");
    try (LlmSimulator simulator = LlmSimulator.start(KEY, 600_000, 1_000_000_000)) {
      Map<String, Object> settings = new HashMap<>();
      if (anthropic) {
        settings.put("bulkwriter.anthropic.base-url", simulator.baseUrl());
        settings.put("bulkwriter.anthropic.api-key", KEY);
      } else {
        settings.putAll(simulator.openAiSettings());
      }
      settings.put("bulkwriter.economy.tick", "200ms");
      settings.put("bulkwriter.economy.poll-interval", "500ms");
      settings.put("bulkwriter.batch.max-items", String.valueOf(Math.max(articles, 10_000)));
      settings.put("bulkwriter.security.max-queued-articles", String.valueOf(articles + 1_000));
      settings.put("bulkwriter.security.max-articles-per-day", String.valueOf(articles + 1_000));
      settings.put("logging.level.root", "WARN");
      var context = TestApplication.start(DatabaseUnderTest.H2.properties(), settings);
      try (context) {
        BatchService service = context.getBean(BatchService.class);
        long start = System.nanoTime();
        var submitted = service.submitJson(OWNER, body(articles), null);
        Batch batch = submitted.batch();
        Counts counts;
        do {
          Thread.sleep(200);
          counts = service.counts(batch);
        } while (counts.queued() + counts.running() > 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        Batch done = service.findById(batch.id()).orElseThrow();
        var usage = done.usage();
        BigDecimal realtime =
            new BigDecimal(anthropic ? "0.80" : "0.15")
                .multiply(BigDecimal.valueOf(usage.promptTokens()))
                .add(
                    new BigDecimal(anthropic ? "4.00" : "0.60")
                        .multiply(BigDecimal.valueOf(usage.completionTokens())))
                .divide(BigDecimal.valueOf(1_000_000), MathContext.DECIMAL64);
        System.out.printf(
            "economy (%s): %d articles (%d succeeded, %d failed) in %.1f s, %d provider batch(es),"
                + " %d requests in them, %d realtime calls%n",
            anthropic ? "anthropic" : "openai",
            articles,
            counts.succeeded(),
            counts.failed(),
            seconds,
            simulator.batchesCreated(),
            simulator.requestsInBatches(),
            simulator.requests());
        System.out.printf(
            "  tokens: %,d prompt + %,d completion%n",
            usage.promptTokens(), usage.completionTokens());
        System.out.printf(
            "  recorded cost (economy): US$%.4f; the same tokens in realtime: US$%.4f (%.0f %%)%n",
            usage.costUsd(),
            realtime,
            usage.costUsd().doubleValue() * 100 / realtime.doubleValue());
        System.out.printf(
            "  estimate before submit: realtime US$%s, economy US$%s%n",
            submitted.estimate().costUsd(), submitted.estimate().economyCostUsd());
        System.out.printf(
            "  peak heap used: %d MB of %d MB max%n",
            peakHeap() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
      }
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static ObjectNode body(int articles) {
    ObjectNode body = JsonMapper.builder().build().createObjectNode();
    body.put("name", "economy bench");
    ObjectNode settings = body.putObject("settings");
    settings.put("mode", "economy");
    settings.put("wordCount", 300);
    var items = body.putArray("items");
    for (int i = 1; i <= articles; i++) {
      items.add("economy keyword " + i);
    }
    return body;
  }
}
