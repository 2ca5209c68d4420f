package com.bulkwriter.bench;

import com.bulkwriter.batch.internal.Batch;
import com.bulkwriter.batch.internal.BatchService;
import com.bulkwriter.batch.internal.Counts;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.TestApplication;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pushes N articles (default 10,000) through the queue of one node on the embedded database with
 * the offline engine at zero delay, and prints articles per second against the 1,000/s goal.
 *
 * <p>Run with {@code bench/queue-throughput [articles] [max-in-flight]}.
 */
public final class QueueThroughputBench {

  private static final double GOAL_PER_SECOND = 1_000;
  /** Submits go straight to the service, as the owner of the bench's batches. */
  private static final String OWNER = "bench";

  public static void main(String[] args) throws InterruptedException {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    String inFlight = args.length > 1 ? args[1] : "16";
    var context =
        TestApplication.start(
            DatabaseUnderTest.H2.properties(),
            Map.of(
                "bulkwriter.offline.delay", "0",
                "bulkwriter.queue.max-in-flight", inFlight,
                "bulkwriter.batch.max-items", String.valueOf(Math.max(articles, 10_000)),
                "bulkwriter.security.max-queued-articles", String.valueOf(articles + 1_000),
                "bulkwriter.security.max-articles-per-day", String.valueOf(articles + 1_000),
                // the product's default (the tests' config on this classpath checks at once);
                // -Dbulkwriter.quality.runner-busy-delay=0 measures the checks competing
                "bulkwriter.quality.runner-busy-delay",
                System.getProperty("bulkwriter.quality.runner-busy-delay", "30s"),
                "logging.level.root", "WARN"));
    try (context) {
      BatchService service = context.getBean(BatchService.class);
      warmUp(service);

      long submitStart = System.nanoTime();
      Batch batch = service.submitJson(OWNER, body(articles, "bench"), null).batch();
      long submitted = System.nanoTime();
      long cpuAtStart = processCpu();
      long checksCpuAtStart = threadCpu("quality-runner");
      Counts counts;
      do {
        // every 100 ms: the count is a query over the batch's articles, and asking every 20 ms took
        // a tenth of the two cores from the queue it measures
        Thread.sleep(100);
        counts = service.counts(batch);
      } while (counts.queued() + counts.running() > 0);
      long finished = System.nanoTime();
      long cpuAtEnd = processCpu();
      long checksCpuAtEnd = threadCpu("quality-runner");
      double processSeconds = (finished - submitted) / 1e9;
      double totalSeconds = (finished - submitStart) / 1e9;
      double perSecond = articles / processSeconds;
      System.out.printf(
          "queue-throughput: %d articles (%d succeeded, %d failed), max-in-flight %s, H2 embedded,"
              + " quality runner-busy-delay %s%n",
          articles,
          counts.succeeded(),
          counts.failed(),
          inFlight,
          System.getProperty("bulkwriter.quality.runner-busy-delay", "30s"));
      System.out.printf("  submit (validate + store): %.2f s%n", (submitted - submitStart) / 1e9);
      System.out.printf("  generate + store results:  %.2f s -> %.0f articles/s%n", processSeconds, perSecond);
      System.out.printf("  end to end incl. submit:   %.2f s -> %.0f articles/s%n", totalSeconds, articles / totalSeconds);
      // the quality checks run after each result's commit (docs/quality.md): not part of the
      // queue's figure, but said, so that a backlog of checks does not go unnoticed
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      long pendingAtEnd = pendingChecks(jdbc);
      while (pendingChecks(jdbc) > 0) {
        Thread.sleep(100);
      }
      long checked = System.nanoTime();
      long checksCpuDrained = threadCpu("quality-runner");

      System.out.printf(
          "  quality checks pending when the queue was done: %d; all checked %.2f s later%n",
          pendingAtEnd, (checked - finished) / 1e9);
      // CPU time says what the wall clock cannot on a machine shared with other builds
      System.out.printf(
          "  CPU while the queue ran: %.1f s (%.2f ms per article), of it quality checks %.1f s;"
              + " checks in all %.1f s (%.2f ms per article)%n",
          (cpuAtEnd - cpuAtStart) / 1e9,
          (cpuAtEnd - cpuAtStart) / 1e6 / articles,
          (checksCpuAtEnd - checksCpuAtStart) / 1e9,
          (checksCpuDrained - checksCpuAtStart) / 1e9,
          (checksCpuDrained - checksCpuAtStart) / 1e6 / articles);
      System.out.printf(
          "  ratio to the goal of %.0f/s: %.2f (%s)%n",
          GOAL_PER_SECOND, perSecond / GOAL_PER_SECOND, perSecond >= GOAL_PER_SECOND ? "met" : "NOT met");
    }
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** CPU time of the live threads whose name starts with {@code prefix}. */
  private static long threadCpu(String prefix) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith(prefix)) {
        total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return total;
  }

  private static long pendingChecks(JdbcClient jdbc) {
    return jdbc.sql("SELECT count(*) FROM quality_pending").query(Long.class).single();
  }

  private static void warmUp(BatchService service) throws InterruptedException {
    Batch warm = service.submitJson(OWNER, body(1_000, "warm-up"), null).batch();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      Counts counts = service.counts(warm);
      if (counts.queued() + counts.running() == 0) {
        return;
      }
      Thread.sleep(20);
    }
  }

  private static ObjectNode body(int articles, String prefix) {
    ObjectNode body = JsonMapper.builder().build().createObjectNode();
    body.put("name", prefix);
    var items = body.putArray("items");
    for (int i = 1; i <= articles; i++) {
      items.add(prefix + " keyword " + i);
    }
    return body;
  }
}
