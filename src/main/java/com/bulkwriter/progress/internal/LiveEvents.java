package com.bulkwriter.progress.internal;

import com.bulkwriter.batch.ArticleChanged;
import com.bulkwriter.batch.BatchChanged;
import com.bulkwriter.batch.BatchProgress;
import com.bulkwriter.batch.BatchStatus;
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
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the batch and queue modules' events into numbered live events, on one thread so that this
 * node stores and sends each batch's events in order. Article changes and status changes are
 * recorded at once; the counts and time left that follow from article changes are coalesced to one
 * event per batch per {@code progress-interval}, and failed articles to one notification per {@code
 * failure-interval}. The words of articles being written are coalesced by {@link RunningArticles}.
 */
@Component
class LiveEvents implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);

  /** Pauses a person chose need no notification; every other pause has a reason to act on. */
  private static final String PAUSED_BY_USER = "paused by the user";

  private final EventLog eventLog;
  private final BatchProgress batches;
  private final ClusterRelay relay;
  private final ProgressProperties properties;
  private final JsonMapper json;
  private final Clock clock;
  private final BlockingQueue<Received> inbox = new LinkedBlockingQueue<>();

  // touched by the worker thread only
  private final Map<UUID, Instant> lastProgress = new HashMap<>();
  private final Map<UUID, Boolean> dirty = new LinkedHashMap<>();
  private final Map<UUID, Integer> failures = new LinkedHashMap<>();
  private final Map<UUID, Instant> lastFailureNotice = new HashMap<>();
  private final Map<UUID, Eta> etas = new HashMap<>();
  private final RunningArticles running;

  /** Owners never change; kept so that an article's event costs no batch read. */
  private final Map<UUID, String> owners = new HashMap<>();

  private volatile Thread worker;

  LiveEvents(
      EventLog eventLog,
      BatchProgress batches,
      ClusterRelay relay,
      ProgressProperties properties,
      JsonMapper json,
      Clock clock) {
    this.eventLog = eventLog;
    this.batches = batches;
    this.relay = relay;
    this.properties = properties;
    this.json = json;
    this.clock = clock;
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
  void on(ArticleProgressed event) {
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
        Received next = inbox.poll(tick, TimeUnit.MILLISECONDS);
        while (next != null) {
          handle(next);
          next = inbox.poll();
        }
        flush(false);
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
  }

  private void handle(Received next) {
    Instant now = next.at();
    switch (next.change()) {
      case ArticleChanged changed -> {
        running.changed(changed);
        String owner = owner(changed.batchId());
        if (owner == null) {
          return;
        }
        append(
            changed.batchId(),
            owner,
            Kind.ARTICLE_UPDATED,
            now,
            new LiveEvent.ArticleState(
                changed.articleId(), changed.status().name(), changed.attempts(), changed.error()),
            null,
            null);
        dirty.put(changed.batchId(), true);
        if (changed.status() == com.bulkwriter.batch.ArticleState.FAILED) {
          failures.merge(changed.batchId(), 1, Integer::sum);
        }
      }
      case BatchChanged changed -> batchChanged(changed, now);
      case ArticleProgressed progressed -> running.progressed(progressed);
      default -> throw new IllegalArgumentException("Not a live event: " + next.change());
    }
  }

  private void batchChanged(BatchChanged changed, Instant now) {
    running.batchChanged(changed);
    BatchProgress.Snapshot batch = batches.of(changed.batchId()).orElse(null);
    if (batch == null) {
      return;
    }
    announceFailures(batch, now, true);
    progress(batch, now);
    Notification notice =
        switch (changed.status()) {
          case COMPLETED ->
              new Notification(
                  Notification.Type.BATCH_FINISHED,
                  batch.name(),
                  "%s is finished: %d written, %d failed"
                      .formatted(batch.name(), batch.succeeded(), batch.failed()),
                  batch.succeeded());
          case PAUSED ->
              PAUSED_BY_USER.equals(changed.reason())
                  ? null
                  : new Notification(
                      Notification.Type.BATCH_PAUSED,
                      batch.name(),
                      "%s is paused: %s".formatted(batch.name(), changed.reason()),
                      0);
          case CANCELLED ->
              new Notification(
                  Notification.Type.BATCH_CANCELLED,
                  batch.name(),
                  batch.name() + " is cancelled",
                  batch.cancelled());
          case RUNNING -> null;
        };
    if (notice != null) {
      append(batch.id(), batch.owner(), Kind.NOTIFICATION, now, null, notice, null);
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
                announceFailures(batch, now, all);
              });
    }
    for (UUID id : failures.keySet().toArray(UUID[]::new)) {
      if (!dirty.containsKey(id)) {
        batches.of(id).ifPresent(batch -> announceFailures(batch, now, all));
      }
    }
    running.flush(now, all, this::articleProgress);
  }

  /** The batch's owner, cached; {@code null} when the batch is gone. */
  private String owner(UUID batchId) {
    String owner = owners.get(batchId);
    if (owner == null) {
      owner = batches.of(batchId).map(BatchProgress.Snapshot::owner).orElse(null);
      if (owner != null) {
        owners.put(batchId, owner);
      }
    }
    return owner;
  }

  private void articleProgress(UUID batchId, List<LiveEvent.ArticleProgress> articles, Instant at) {
    String owner = owner(batchId);
    if (owner != null) {
      Kind kind = Kind.ARTICLE_PROGRESS;
      store(
          batchId,
          owner,
          kind,
          at,
          seq -> new LiveEvent(batchId, seq, kind, at, null, null, null, articles));
    }
  }

  private void progress(BatchProgress.Snapshot batch, Instant now) {
    Long eta =
        etas.computeIfAbsent(batch.id(), id -> new Eta(properties.etaWindow()))
            .update(
                now, batch.finished(), batch.remaining(), batch.status() == BatchStatus.RUNNING);
    lastProgress.put(batch.id(), now);
    dirty.remove(batch.id());
    append(
        batch.id(),
        batch.owner(),
        Kind.BATCH_UPDATED,
        now,
        null,
        null,
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
            eta));
  }

  /** One notification for the articles that failed since the last one, once per interval. */
  private void announceFailures(BatchProgress.Snapshot batch, Instant now, boolean force) {
    Integer count = failures.get(batch.id());
    if (count == null) {
      return;
    }
    Instant last = lastFailureNotice.get(batch.id());
    if (!force && last != null && last.plus(properties.failureInterval()).isAfter(now)) {
      return;
    }
    failures.remove(batch.id());
    lastFailureNotice.put(batch.id(), now);
    String what = count == 1 ? "1 article" : count + " articles";
    append(
        batch.id(),
        batch.owner(),
        Kind.NOTIFICATION,
        now,
        null,
        new Notification(
            Notification.Type.ARTICLES_FAILED,
            batch.name(),
            "%s of %s failed".formatted(what, batch.name()),
            count),
        null);
  }

  private void forget(UUID id) {
    dirty.remove(id);
    lastProgress.remove(id);
    lastFailureNotice.remove(id);
    etas.remove(id);
    owners.remove(id);
  }

  private void append(
      UUID batchId,
      String owner,
      Kind kind,
      Instant now,
      LiveEvent.ArticleState article,
      Notification notification,
      LiveEvent.BatchState state) {
    store(
        batchId,
        owner,
        kind,
        now,
        seq -> new LiveEvent(batchId, seq, kind, now, state, article, notification, null));
  }

  /** Stores the event under the batch's next number and sends it to the subscribers. */
  private void store(
      UUID batchId, String owner, Kind kind, Instant now, LongFunction<LiveEvent> event) {
    EventLog.Stored stored =
        eventLog.append(
            batchId, owner, kind, now, seq -> json.writeValueAsString(event.apply(seq)));
    relay.stored(stored, kind);
  }
}
