package com.bulkwriter.progress.internal;

import com.bulkwriter.batch.ArticleChanged;
import com.bulkwriter.batch.ArticlesMoved;
import com.bulkwriter.batch.BatchChanged;
import com.bulkwriter.batch.BatchProgress;
import com.bulkwriter.batch.BatchStatus;
import com.bulkwriter.batch.BulkActionChanged;
import com.bulkwriter.economy.ProviderBatchChanged;
import com.bulkwriter.progress.internal.LiveEvent.Kind;
import com.bulkwriter.progress.internal.LiveEvent.Notification;
import com.bulkwriter.queue.ArticleProgressed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the batch, queue and economy modules' events into numbered live events, on one thread so
 * that this node stores and sends each batch's events in order. Article changes and status changes
 * are recorded at once; the counts and time left that follow from article changes are coalesced to
 * one event per batch per {@code progress-interval}, and failed articles to one notification per
 * {@code failure-interval}. The words of articles being written are coalesced by {@link
 * RunningArticles}.
 */
@Component
class LiveEvents implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);

  private final BatchProgress batches;
  private final ProgressProperties properties;
  private final Clock clock;
  private final BlockingQueue<Received> inbox = new LinkedBlockingQueue<>();

  // touched by the worker thread only
  private final EventWriter writer;
  private final FailureNotices failures;
  private final RunningArticles running;
  private final Map<UUID, Instant> lastProgress = new HashMap<>();
  private final Map<UUID, Boolean> dirty = new LinkedHashMap<>();
  private final Map<UUID, Eta> etas = new HashMap<>();

  private volatile Thread worker;

  LiveEvents(
      EventLog eventLog,
      BatchProgress batches,
      ClusterRelay relay,
      ProgressProperties properties,
      JsonMapper json,
      Clock clock) {
    this.batches = batches;
    this.properties = properties;
    this.clock = clock;
    this.writer = new EventWriter(eventLog, relay, batches, json);
    this.failures = new FailureNotices(properties.failureInterval(), writer);
    this.running = new RunningArticles(properties.progressInterval());
  }

  /** A change as announced, with the time of the announcement: the time its event carries. */
  private record Received(Object change, Instant at) {}

  @TransactionalEventListener(fallbackExecution = true)
  void on(ArticleChanged event) {
    inbox.add(new Received(event, clock.instant()));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(BatchChanged event) {
    inbox.add(new Received(event, clock.instant()));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ArticlesMoved event) {
    inbox.add(new Received(event, clock.instant()));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ArticleProgressed event) {
    inbox.add(new Received(event, clock.instant()));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(BulkActionChanged event) {
    inbox.add(new Received(event, clock.instant()));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ProviderBatchChanged event) {
    inbox.add(new Received(event, clock.instant()));
  }

  @Override
  public synchronized void start() {
    if (worker == null) {
      Thread thread = Thread.ofPlatform().name("live-events").daemon().unstarted(this::run);
      worker = thread;
      thread.start();
    }
  }

  @Override
  public synchronized void stop() {
    Thread running = worker;
    worker = null;
    if (running != null) {
      running.interrupt();
      try {
        running.join(Duration.ofSeconds(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return worker != null;
  }

  /** Stops before the queue (lower phases stop later), so the queue's last changes still count. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 10;
  }

  private void run() {
    long tick = Math.max(10, properties.progressInterval().toMillis() / 2);
    while (worker == Thread.currentThread()) {
      try {
        long wait = writer.hasPending() ? EventWriter.STORE_GAP.toMillis() : tick;
        Received next = inbox.poll(wait, TimeUnit.MILLISECONDS);
        while (next != null) {
          handle(next);
          next = inbox.poll();
        }
        flush(false);
        writer.sendIfDue();
      } catch (InterruptedException e) {
        break;
      } catch (RuntimeException e) {
        log.warn("Could not record a live event; carrying on", e);
      }
    }
    // what is left is still told, so a stopping node loses no state change
    Received left;
    while ((left = inbox.poll()) != null) {
      try {
        handle(left);
      } catch (RuntimeException e) {
        log.warn("Could not record a live event at shutdown", e);
      }
    }
    flush(true);
    writer.send();
  }

  private void handle(Received next) {
    Instant now = next.at();
    switch (next.change()) {
      case ArticleChanged changed -> {
        running.changed(changed);
        String owner = writer.owner(changed.batchId());
        if (owner == null) {
          return;
        }
        var article =
            new LiveEvent.ArticleState(
                changed.articleId(),
                changed.status().name(),
                changed.attempts(),
                changed.error(),
                changed.title(),
                changed.wordCount());
        writer.write(
            changed.batchId(), owner, Kind.ARTICLE_UPDATED, now, e -> e.withArticle(article));
        dirty.put(changed.batchId(), true);
        if (changed.status() == com.bulkwriter.batch.ArticleState.FAILED) {
          failures.failed(changed.batchId(), 1);
        }
      }
      case BatchChanged changed -> batchChanged(changed, now);
      case ArticlesMoved moved -> articlesMoved(moved, now);
      case ArticleProgressed progressed -> running.progressed(progressed);
      case BulkActionChanged action -> bulkAction(action, now);
      case ProviderBatchChanged changed -> providerBatch(changed, now);
      default -> throw new IllegalArgumentException("Not a live event: " + next.change());
    }
  }

  /** A background bulk action got further: its figures to the batch's watchers. */
  private void bulkAction(BulkActionChanged action, Instant now) {
    String owner = writer.owner(action.batchId());
    if (owner == null) {
      return;
    }
    var state =
        new LiveEvent.BulkActionState(
            action.actionId(),
            action.action(),
            action.status(),
            action.total(),
            action.processed(),
            action.changed(),
            action.skipped(),
            // as GET .../actions says it
            "SUCCEEDED".equals(action.status()) || action.total() == 0
                ? 100.0
                : Math.floor(1000.0 * action.processed() / action.total()) / 10.0,
            action.error());
    writer.write(action.batchId(), owner, Kind.BULK_ACTION, now, e -> e.withBulkAction(state));
  }

  /** A provider batch of an economy batch moved on: its figures to the batch's watchers. */
  private void providerBatch(ProviderBatchChanged changed, Instant now) {
    String owner = writer.owner(changed.batchId());
    if (owner == null) {
      return;
    }
    writer.write(
        changed.batchId(), owner, Kind.PROVIDER_BATCH, now, e -> e.withProviderBatch(changed));
  }

  /**
   * Many articles moved in one statement: one event says how many (however many thousands), and the
   * counts follow like after an article's change.
   */
  private void articlesMoved(ArticlesMoved moved, Instant now) {
    UUID batchId = moved.batchId();
    String owner = writer.owner(batchId);
    if (owner == null) {
      return;
    }
    var body =
        new LiveEvent.ArticlesMoved(
            moved.transition().name(),
            moved.transition().fromNames(),
            moved.transition().toName(),
            moved.count());
    writer.write(batchId, owner, Kind.ARTICLES_MOVED, now, e -> e.withMoved(body));
    dirty.put(batchId, true);
    if (moved.to() == com.bulkwriter.batch.ArticleState.FAILED) {
      failures.failed(batchId, moved.count());
    }
  }

  private void batchChanged(BatchChanged changed, Instant now) {
    running.batchChanged(changed);
    BatchProgress.Snapshot batch = batches.of(changed.batchId()).orElse(null);
    if (batch == null) {
      return;
    }
    failures.announce(batch, now, true);
    progress(batch, now);
    Notification notice = StatusNotices.of(changed, batch);
    if (notice != null) {
      writer.write(
          batch.id(), batch.owner(), Kind.NOTIFICATION, now, e -> e.withNotification(notice));
    }
    if (changed.status() != BatchStatus.RUNNING) {
      forget(batch.id());
    }
  }

  /** Sends the coalesced progress of batches that changed, at most one per interval each. */
  private void flush(boolean all) {
    Instant now = clock.instant();
    for (Iterator<UUID> ids = dirty.keySet().iterator(); ids.hasNext(); ) {
      UUID id = ids.next();
      Instant last = lastProgress.get(id);
      if (!all && last != null && last.plus(properties.progressInterval()).isAfter(now)) {
        continue;
      }
      ids.remove();
      batches
          .of(id)
          .ifPresent(
              batch -> {
                progress(batch, now);
                failures.announce(batch, now, all);
              });
    }
    for (UUID id : failures.waiting()) {
      if (!dirty.containsKey(id)) {
        batches.of(id).ifPresent(batch -> failures.announce(batch, now, all));
      }
    }
    running.flush(now, all, this::articleProgress);
  }

  private void articleProgress(UUID batchId, List<LiveEvent.ArticleProgress> articles, Instant at) {
    String owner = writer.owner(batchId);
    if (owner != null) {
      writer.write(batchId, owner, Kind.ARTICLE_PROGRESS, at, e -> e.withArticles(articles));
    }
  }

  private void progress(BatchProgress.Snapshot batch, Instant now) {
    Eta.Estimate eta =
        etas.computeIfAbsent(batch.id(), id -> new Eta(properties.etaWindow()))
            .update(
                now,
                batch.finished(),
                batch.remaining(),
                batch.status() == BatchStatus.RUNNING,
                () -> batches.forecast(batch.id()).orElse(null));
    lastProgress.put(batch.id(), now);
    dirty.remove(batch.id());
    var state =
        new LiveEvent.BatchState(
            batch.name(),
            batch.status().name(),
            batch.reason(),
            batch.total(),
            batch.queued(),
            batch.running(),
            batch.succeeded(),
            batch.failed(),
            batch.cancelled(),
            batch.progress(),
            eta.seconds(),
            eta.articlesPerMinute(),
            eta.pace());
    writer.write(batch.id(), batch.owner(), Kind.BATCH_UPDATED, now, e -> e.withBatch(state));
  }

  private void forget(UUID id) {
    dirty.remove(id);
    lastProgress.remove(id);
    etas.remove(id);
    failures.forget(id);
    writer.forget(id);
  }
}
