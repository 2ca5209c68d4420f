package com.bulkwriter.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.TestApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one PostgreSQL keep one pace per site between them (the generation module's shared
 * buckets), instead of each sending at the full pace; a Retry-After one node hears holds the other
 * back too.
 */
class SharedSitePaceTest {

  static final Duration PACE = Duration.ofMillis(250);

  @Test
  void twoNodesKeepOnePacePerSiteAndARetryAfterHeardByOneHoldsTheOtherBack() throws Exception {
    Map<String, Object> database = DatabaseUnderTest.POSTGRESQL.properties();
    try (var contextA = node(database);
        var contextB = node(database)) {
      SitePace nodeA = contextA.getBean(SitePace.class);
      SitePace nodeB = contextB.getBean(SitePace.class);

      UUID site = UUID.randomUUID();
      List<Long> times = sixRequestsAtOnce(site, nodeA, nodeB);
      // each node alone would send its three within two paces; together they take turns
      assertThat(Duration.ofNanos(times.getLast() - times.getFirst()))
          .isGreaterThanOrEqualTo(PACE.multipliedBy(5).minusMillis(100));
      for (int i = 1; i < times.size(); i++) {
        assertThat(Duration.ofNanos(times.get(i) - times.get(i - 1)))
            .isGreaterThanOrEqualTo(PACE.minusMillis(100));
      }

      UUID another = UUID.randomUUID();
      long start = System.nanoTime();
      nodeB.await(another);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PACE);

      nodeA.holdBack(another, Duration.ofSeconds(1)); // node A heard 429 with Retry-After: 1
      start = System.nanoTime();
      nodeB.await(another);
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }
  }

  /** When each of six requests (three per node, all at once) was let through, in order. */
  private static List<Long> sixRequestsAtOnce(UUID site, SitePace nodeA, SitePace nodeB)
      throws Exception {
    List<Long> sent = Collections.synchronizedList(new ArrayList<>());
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> requests = new ArrayList<>();
      for (SitePace node : List.of(nodeA, nodeB, nodeA, nodeB, nodeA, nodeB)) {
        requests.add(
            threads.submit(
                () -> {
                  node.await(site);
                  sent.add(System.nanoTime());
                  return null;
                }));
      }
      for (Future<?> request : requests) {
        request.get();
      }
    }
    return sent.stream().sorted().toList();
  }

  private static ConfigurableApplicationContext node(Map<String, Object> database) {
    return TestApplication.start(
        database,
        Map.of("bulkwriter.queue.enabled", "false", "bulkwriter.publishing.request-pace", "250ms"));
  }
}
