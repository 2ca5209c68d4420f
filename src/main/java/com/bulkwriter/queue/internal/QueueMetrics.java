package com.bulkwriter.queue.internal;

import com.bulkwriter.batch.ArticleState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The queue's Micrometer metrics: depth per state, articles in flight, finished articles by
 * outcome, and articles finished per minute.
 */
@Component
class QueueMetrics {

  private static final Duration DEPTH_CACHE = Duration.ofSeconds(5);

  private final AtomicInteger inFlight = new AtomicInteger();
  private final Map<ArticleWorker.Outcome, Counter> outcomes =
      new EnumMap<>(ArticleWorker.Outcome.class);
  private final ThroughputWindow perMinute;
  private final ArticleClaims claims;
  private final Clock clock;
  private Map<ArticleState, Long> depth = Map.of();
  private Instant depthReadAt = Instant.MIN;

  QueueMetrics(MeterRegistry registry, ArticleClaims claims, Clock clock) {
    this.claims = claims;
    this.clock = clock;
    this.perMinute = new ThroughputWindow(clock);
    Gauge.builder("bulkwriter.queue.in.flight", inFlight, AtomicInteger::get)
        .description("Articles this node is generating now")
        .register(registry);
    Gauge.builder("bulkwriter.articles.per.minute", perMinute, ThroughputWindow::lastMinute)
        .description("Articles this node finished in the last minute")
        .register(registry);
    for (ArticleWorker.Outcome outcome : ArticleWorker.Outcome.values()) {
      outcomes.put(
          outcome,
          Counter.builder("bulkwriter.articles.outcomes")
              .description("Article attempts by outcome (failed = finally failed)")
              .tag("outcome", outcome.name().toLowerCase())
              .register(registry));
    }
    for (ArticleState state : ArticleState.values()) {
      Gauge.builder("bulkwriter.queue.depth", () -> depth(state))
          .description("Articles in each state, all batches")
          .tag("state", state.name().toLowerCase())
          .register(registry);
    }
  }

  void claimed(int count) {
    inFlight.addAndGet(count);
  }

  void finished(ArticleWorker.Outcome outcome) {
    outcomes.get(outcome).increment();
    if (outcome == ArticleWorker.Outcome.SUCCEEDED || outcome == ArticleWorker.Outcome.FAILED) {
      perMinute.record();
    }
  }

  void released(int count) {
    inFlight.addAndGet(-count);
  }

  private synchronized long depth(ArticleState state) {
    Instant now = clock.instant();
    if (now.isAfter(depthReadAt.plus(DEPTH_CACHE))) {
      depth = claims.depth();
      depthReadAt = now;
    }
    return depth.getOrDefault(state, 0L);
  }
}
