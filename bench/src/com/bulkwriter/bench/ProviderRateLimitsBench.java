package com.bulkwriter.bench;

import com.bulkwriter.batch.internal.Batch;
import com.bulkwriter.batch.internal.BatchService;
import com.bulkwriter.batch.internal.Counts;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.LlmSimulator;
import com.bulkwriter.support.LlmSimulator.Window;
import com.bulkwriter.support.TestApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A matrix of batches through nodes configured with only the provider's URL, key and model, against
 * {@link LlmSimulator} enforcing the limits of each cell (and announcing them in its headers, as
 * real providers do). For each cell it prints the time against the floor, the share of requests
 * answered 429, and articles failed or written twice.
 *
 * <p>The floor is the least time the provider's limits allow, measured in the same run: the calls
 * the articles took at the requests-per-minute limit, or the tokens they were charged (prompt +
 * {@code max_tokens}, as providers count at admission) at the tokens-per-minute limit, whichever is
 * longer, plus the median time of one answer (the last call cannot end sooner). Targets: ratio ≥
 * 0.95 with one node, ≥ 0.9 with two on PostgreSQL; ≤ 0.5 % of requests answered 429.
 *
 * <p>Run with {@code bench/provider-rate-limits [all|quick|nodes|<parts of cell names, comma-separated>]}.
 */
public final class ProviderRateLimitsBench {

  /** Submits go straight to the service, as the owner of the bench's batches. */
  private static final String OWNER = "bench";

  private static final int NO_TPM = 100_000_000;

  record Cell(
      String name,
      int rpm,
      int tpm,
      Window window,
      Duration answer,
      int articles,
      int words,
      int nodes,
      int configuredRpm,
      boolean announced) {

    /** Only URL, key and model configured, against a provider that announces its limits. */
    Cell(String name, int rpm, int tpm, Window window, Duration answer, int articles, int words,
        int nodes) {
      this(name, rpm, tpm, window, answer, articles, words, nodes, 0, true);
    }
  }

  record Result(
      Cell cell, double seconds, double floor, int requests, int rateLimited, long failed, long twice) {
    double ratio() {
      return floor / seconds;
    }

    double share429() {
      return 100.0 * rateLimited / Math.max(1, requests);
    }
  }

  public static void main(String[] args) throws InterruptedException {
    String which = args.length > 0 ? args[0] : "all";
    List<Cell> cells = cells(which);
    List<Result> results = new ArrayList<>();
    // a cold JVM spends its first seconds loading and compiling the queue and HTTP paths; a server
    // that has been up a while has not: warm them once, on a batch that is not reported
    Result warm =
        run(new Cell("warm-up", 600, NO_TPM, Window.SECOND, Duration.ofMillis(500), 40, 300, 1));
    System.out.println("(warm-up, not reported) " + row(warm));
    for (Cell cell : cells) {
      Result result = run(cell);
      results.add(result);
      System.out.println(row(result));
    }
    System.out.println();
    System.out.println(
        "| cell | RPM | TPM | window | s/answer | articles | nodes | time s | floor s | ratio | 429s |"
            + " failed | twice |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (Result result : results) {
      System.out.println(row(result));
    }
  }

  private static List<Cell> cells(String which) {
    List<Cell> all = new ArrayList<>();
    double[] answers = {0.5, 0.8, 3, 10};
    int[][] rates = {{60, 15}, {600, 150}, {3_000, 750}};
    for (int[] rate : rates) {
      for (Window window : Window.values()) {
        for (double answer : answers) {
          all.add(
              new Cell(
                  "rpm" + rate[0] + "-" + window.name().toLowerCase(Locale.ROOT) + "-" + answer + "s",
                  rate[0],
                  NO_TPM,
                  window,
                  Duration.ofMillis((long) (answer * 1000)),
                  rate[1],
                  300,
                  1));
        }
      }
    }
    all.add(new Cell("tpm-bound", 6_000, 60_000, Window.SECOND, Duration.ofMillis(800), 15, 300, 1));
    all.add(
        new Cell("long-articles", 600, NO_TPM, Window.SECOND, Duration.ofMillis(800), 16, 2_000, 1));
    all.add(
        new Cell("two-nodes-rpm600", 600, NO_TPM, Window.SECOND, Duration.ofMillis(800), 150, 300, 2));
    all.add(
        new Cell(
            "two-nodes-rpm3000", 3_000, NO_TPM, Window.MINUTE, Duration.ofMillis(3000), 750, 300, 2));
    // a limit set too high (1,200 while 600 is enforced) at a provider that announces none: the
    // pace is found from its 429s; long enough that the learning is a share of a real batch
    all.add(
        new Cell(
            "rpm600-set-1200-silent",
            600,
            NO_TPM,
            Window.SECOND,
            Duration.ofMillis(800),
            1_000,
            300,
            1,
            1_200,
            false));
    return switch (which) {
      case "all" -> all;
      case "quick" ->
          all.stream()
              .filter(
                  c ->
                      List.of(
                              "rpm600-second-0.8s",
                              "rpm3000-second-3.0s",
                              "tpm-bound",
                              "long-articles")
                          .contains(c.name()))
              .toList();
      case "nodes" -> all.stream().filter(c -> c.nodes() > 1).toList();
      default ->
          all.stream()
              .filter(c -> List.of(which.split(",")).stream().anyMatch(c.name()::contains))
              .toList();
    };
  }

  private static Result run(Cell cell) throws InterruptedException {
    try (LlmSimulator simulator =
        LlmSimulator.start("bench-key", cell.rpm(), cell.tpm(), cell.window())
            .answerTime(cell.answer())
            .announceLimits(cell.announced())) {
      Map<String, Object> database =
          cell.nodes() > 1 ? DatabaseUnderTest.POSTGRESQL.properties() : DatabaseUnderTest.H2.properties();
      List<ConfigurableApplicationContext> nodes = new ArrayList<>();
      try {
        for (int i = 0; i < cell.nodes(); i++) {
          Map<String, Object> settings = settings(simulator, cell.articles());
          if (cell.configuredRpm() > 0) {
            settings.put("bulkwriter.openai.requests-per-minute", String.valueOf(cell.configuredRpm()));
          }
          nodes.add(TestApplication.start(database, settings));
        }
        BatchService service = nodes.getFirst().getBean(BatchService.class);
        long submit = System.nanoTime();
        Batch batch = service.submitJson(OWNER, body(cell), null).batch();
        // timed from the batch being queued: storing the submit is not the provider's pace
        long start = System.nanoTime();
        if (System.getenv("BENCH_TRACE") != null) {
          System.out.printf("  submit took %.3f s%n", (start - submit) / 1e9);
        }
        Counts counts;
        var providers = nodes.getFirst().getBean(com.bulkwriter.generation.Providers.class);
        long nextSample = start;
        do {
          Thread.sleep(50);
          counts = service.counts(batch);
          if (System.getenv("BENCH_TRACE") != null && System.nanoTime() >= nextSample) {
            nextSample += 1_000_000_000L;
            System.out.printf(
                "  t=%.1f running %d, simulator answering %d, pace %s%n",
                (System.nanoTime() - start) / 1e9,
                counts.running(),
                simulator.answering(),
                providers.pace("openai").orElse(null));
          }
        } while (counts.queued() + counts.running() > 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (System.getenv("BENCH_TRACE") != null) {
          trace(simulator.admittedAt(), start);
        }
        int calls = simulator.requests() - simulator.rateLimited();
        double byRequests = calls * 60.0 / cell.rpm();
        double byTokens = simulator.chargedTokens() * 60.0 / cell.tpm();
        double floor =
            Math.max(byRequests, byTokens) + simulator.medianAnswerTime().toNanos() / 1e9;
        long twice =
            simulator.allWritten().values().stream().filter(n -> n.get() > 1).count();
        return new Result(
            cell,
            seconds,
            floor,
            simulator.requests(),
            simulator.rateLimited(),
            counts.failed(),
            twice);
      } finally {
        nodes.forEach(ConfigurableApplicationContext::close);
      }
    }
  }

  /** Where the time went: the first admission, and the gaps between admissions per second. */
  private static void trace(List<Long> admitted, long start) {
    if (admitted.isEmpty()) {
      return;
    }
    System.out.printf("  first request %.3f s after submit%n", (admitted.getFirst() - start) / 1e9);
    int second = 0;
    int count = 0;
    for (long at : admitted) {
      int s = (int) ((at - start) / 1_000_000_000L);
      if (s != second) {
        System.out.printf("  second %d: %d requests%n", second, count);
        second = s;
        count = 0;
      }
      count++;
    }
    System.out.printf("  second %d: %d requests%n", second, count);
  }

  /** Only the provider's URL, key and model (its default); the rest as the product ships. */
  private static Map<String, Object> settings(LlmSimulator simulator, int articles) {
    Map<String, Object> settings = new HashMap<>();
    settings.put("bulkwriter.openai.base-url", simulator.baseUrl());
    settings.put("bulkwriter.openai.api-key", "bench-key");
    settings.put("bulkwriter.queue.poll-interval", "250ms");
    settings.put("bulkwriter.queue.backoff-base", "2s");
    settings.put("bulkwriter.queue.backoff-max", "5m");
    settings.put("bulkwriter.batch.max-items", String.valueOf(Math.max(articles, 10_000)));
    settings.put("bulkwriter.security.max-queued-articles", String.valueOf(articles + 1_000));
    settings.put("bulkwriter.security.max-articles-per-day", String.valueOf(2 * articles + 1_000));
    settings.put("logging.level.root", "WARN");
    return settings;
  }

  private static String row(Result r) {
    Cell c = r.cell();
    return String.format(
        Locale.ROOT,
        "| %s | %d | %s | %s | %.1f | %d × %d words | %d | %.1f | %.1f | **%.3f** | %d of %d = %.2f %% | %d | %d |",
        c.name(),
        c.rpm(),
        c.tpm() == NO_TPM ? "—" : String.valueOf(c.tpm()),
        c.window().name().toLowerCase(Locale.ROOT),
        c.answer().toMillis() / 1000.0,
        c.articles(),
        c.words(),
        c.nodes(),
        r.seconds(),
        r.floor(),
        r.ratio(),
        r.rateLimited(),
        r.requests(),
        r.share429(),
        r.failed(),
        r.twice());
  }

  private static ObjectNode body(Cell cell) {
    ObjectNode body = JsonMapper.builder().build().createObjectNode();
    body.put("name", "provider bench " + cell.name());
    body.putObject("settings").put("provider", "openai").put("wordCount", cell.words());
    var items = body.putArray("items");
    for (int i = 1; i <= cell.articles(); i++) {
      items.add("bench keyword " + i);
    }
    return body;
  }
}
