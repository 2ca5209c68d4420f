package com.bulkwriter.queue.internal;

import com.bulkwriter.batch.ArticlesQueued;
import com.bulkwriter.generation.Providers;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This node's share of the queue: one dispatcher thread claims articles while fewer than the
 * in-flight target are being written (the larger of {@code max-in-flight} and what the paced
 * providers need to keep their pace, {@link Providers#inFlightTarget()}), sharing the free slots
 * fairly between the batches that have ready work, and hands each article to a virtual thread.
 * Stopping stops claiming, waits for articles in flight, and hands back whatever is left.
 */
@Component
class QueueRunner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(QueueRunner.class);

  private final ArticleClaims claims;
  private final ArticleWorker worker;
  private final Providers providers;
  private final QueueMetrics metrics;
  private final QueueProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Semaphore wake = new Semaphore(0);
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong processed = new AtomicLong();

  /** When each batch was last served by this node, so the longest-waiting goes first. */
  private final Map<UUID, Long> lastServed = new HashMap<>();

  private volatile boolean running;
  private Thread dispatcher;
  private ExecutorService workers;
  private long round;

  QueueRunner(
      ArticleClaims claims,
      ArticleWorker worker,
      Providers providers,
      QueueMetrics metrics,
      QueueProperties properties,
      TransactionTemplate transactions,
      Clock clock) {
    this.claims = claims;
    this.worker = worker;
    this.providers = providers;
    this.metrics = metrics;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public synchronized void start() {
    if (running || !properties.enabled()) {
      return;
    }
    running = true;
    workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("article-", 0).factory());
    dispatcher = Thread.ofPlatform().name("queue-dispatcher").daemon().start(this::dispatch);
    log.info(
        "Queue runner {} started: up to {} articles in flight",
        properties.nodeId(),
        properties.maxInFlight());
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    wake.release();
    try {
      dispatcher.join(properties.shutdownGrace().toMillis());
      workers.shutdown();
      if (!workers.awaitTermination(properties.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
        int released = claims.release(properties.nodeId(), clock.instant());
        log.info("Handed back {} unfinished articles at shutdown", released);
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      claims.release(properties.nodeId(), clock.instant());
      workers.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Articles this runner has taken through an attempt since it started. */
  long processed() {
    return processed.get();
  }

  /** New work: look for it now rather than at the next poll. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(ArticlesQueued event) {
    wake.release();
  }

  private void dispatch() {
    while (running) {
      try {
        int target = inFlightTarget();
        int free = target - inFlight.get();
        boolean idle = true;
        // claiming one by one as slots free up would cost a round trip per article: wait for a
        // few slots (a quarter, at most 8) unless nothing is in flight
        if (free > 0 && (free >= claimThreshold(target) || inFlight.get() == 0)) {
          idle = claimAndStart(free) == 0;
        }
        if (idle || inFlight.get() >= target) {
          wake.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
          wake.drainPermits();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("Claiming failed; trying again after {}", properties.pollInterval(), e);
        sleep();
      }
    }
  }

  /** No fixed number binds below what the providers' paces need (Little's law). */
  private int inFlightTarget() {
    return Math.max(properties.maxInFlight(), providers.inFlightTarget());
  }

  private static int claimThreshold(int target) {
    return Math.max(1, Math.min(8, target / 4));
  }

  private int claimAndStart(int free) {
    Instant now = clock.instant();
    List<UUID> ready = new ArrayList<>(claims.readyBatches(now));
    if (ready.isEmpty()) {
      return 0;
    }
    ready.sort(Comparator.comparingLong(id -> lastServed.getOrDefault(id, -1L)));
    int share = Math.ceilDiv(free, ready.size());
    int started = 0;
    for (UUID batch : ready) {
      int take = Math.min(share, free - started);
      if (take <= 0) {
        break;
      }
      Instant leaseExpires = now.plus(properties.leaseDuration());
      List<ClaimedArticle> claimed =
          transactions.execute(
              tx -> claims.claim(batch, take, properties.nodeId(), now, leaseExpires));
      lastServed.put(batch, ++round);
      inFlight.addAndGet(claimed.size());
      metrics.claimed(claimed.size());
      for (ClaimedArticle article : claimed) {
        workers.execute(() -> run(article));
      }
      started += claimed.size();
    }
    lastServed.keySet().retainAll(ready);
    return started;
  }

  private void run(ClaimedArticle article) {
    try {
      worker.process(article);
    } catch (RuntimeException e) {
      // the outcome could not be stored (database down?); the lease expires and the rescuer
      // returns the article to the queue, so nothing is lost
      log.warn("Could not store the outcome of article {}", article.id(), e);
    } finally {
      processed.incrementAndGet();
      inFlight.decrementAndGet();
      metrics.released(1);
      wake.release();
    }
  }

  private void sleep() {
    try {
      Thread.sleep(properties.pollInterval().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
