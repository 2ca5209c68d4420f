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
  private final HeldClaims held;
  private final QueueProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Semaphore wake = new Semaphore(0);
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong processed = new AtomicLong();

  /** When each batch was last served by this node, so the longest-waiting goes first. */
  private final Map<UUID, Long> lastServed = new HashMap<>();

  private volatile boolean running;
  private boolean claimFailing;
  private Thread dispatcher;
  private ExecutorService workers;
  private long round;

  QueueRunner(
      ArticleClaims claims,
      ArticleWorker worker,
      Providers providers,
      QueueMetrics metrics,
      HeldClaims held,
      QueueProperties properties,
      TransactionTemplate transactions,
      Clock clock) {
    this.claims = claims;
    this.worker = worker;
    this.providers = providers;
    this.metrics = metrics;
    this.held = held;
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
        "Queue runner {} started: {} articles in flight, more when a provider's pace needs them",
        properties.nodeId(),
        properties.maxInFlight());
  }

  /**
   * Stops claiming, gives the articles in flight {@code shutdown-grace} to finish, then hands back
   * what is left without spending an attempt, so the next start (of this or any node) resumes at
   * once instead of waiting for leases to expire.
   */
  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    wake.release();
    log.info(
        "Queue runner {} stopping: {} articles in flight get up to {} to finish",
        properties.nodeId(),
        held.size(),
        properties.shutdownGrace());
    long deadline = System.nanoTime() + properties.shutdownGrace().toNanos();
    try {
      dispatcher.join(properties.shutdownGrace());
      workers.shutdown();
      long left = Math.max(0, deadline - System.nanoTime());
      if (!workers.awaitTermination(left, TimeUnit.NANOSECONDS)) {
        log.info("{} articles still in flight after {}", held.size(), properties.shutdownGrace());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      handBack();
      workers.shutdownNow();
    }
  }

  private void handBack() {
    try {
      int released = claims.release(properties.nodeId(), clock.instant());
      if (released > 0) {
        log.info("Handed back {} unfinished articles at shutdown", released);
      }
    } catch (RuntimeException e) {
      // the database is away: the leases expire and any node rescues the articles
      log.warn("Could not hand back unfinished articles at shutdown", e);
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

  /** Work came back to the queue (rescued, handed back): look for it now. */
  void wake() {
    wake.release();
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
        if (claimFailing) {
          claimFailing = false;
          log.info("Claiming works again");
        }
        if (idle || inFlight.get() >= target) {
          wake.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
          wake.drainPermits();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        if (!claimFailing) {
          // once per outage, not four times a second
          log.warn("Claiming failed; trying again every {}", properties.pollInterval(), e);
          claimFailing = true;
        }
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
        held.hold(article);
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
      held.letGo(article);
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
