package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.BulkActionChanged;
import com.bulkwriter.support.sql.LockConflicts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs background bulk actions, one at a time per node: claims the oldest waiting one (or one whose
 * node stopped renewing its lease), then works through its articles a chunk per transaction,
 * recording how far it got in the same transaction. A restart, or another node taking over after
 * the lease expires, continues after the last chunk that committed; no article is acted on twice.
 */
@Component
class BulkActionRunner implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(BulkActionRunner.class);

  private final BulkActions actions;
  private final BulkExecutor executor;
  private final BatchProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final String node = "bulk-" + UUID.randomUUID();
  private final AtomicBoolean busy = new AtomicBoolean();
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("bulk-actions").daemon().factory());

  BulkActionRunner(
      BulkActions actions,
      BulkExecutor executor,
      BatchProperties properties,
      TransactionTemplate transactions,
      Clock clock,
      ApplicationEventPublisher events) {
    this.actions = actions;
    this.events = events;
    this.executor = executor;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    long every = properties.bulkPollInterval().toMillis();
    scheduler.scheduleWithFixedDelay(this::runWaiting, every, every, TimeUnit.MILLISECONDS);
  }

  /** Looks for work now rather than at the next poll (a new action was queued on this node). */
  void wake() {
    try {
      scheduler.execute(this::runWaiting);
    } catch (java.util.concurrent.RejectedExecutionException stopping) {
      // the node is stopping; the action waits for the next node to claim it
    }
  }

  private void runWaiting() {
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    try {
      for (UUID id = claim(); id != null; id = claim()) {
        run(id);
      }
    } catch (RuntimeException e) {
      log.warn("Bulk actions could not be run now; trying again at the next poll", e);
    } finally {
      busy.set(false);
    }
  }

  private UUID claim() {
    return transactions.execute(
        tx -> {
          Instant now = clock.instant();
          UUID id = actions.claimable(now);
          return id != null && actions.take(id, node, now, now.plus(properties.bulkLease()))
              ? id
              : null;
        });
  }

  /** Works through one claimed action from where it stands; stops if its lease is lost. */
  void run(UUID id) {
    BulkAction action = actions.find(id).orElse(null);
    if (action == null) {
      return;
    }
    List<UUID> ids = action.articleIds();
    int processed = action.processed();
    try {
      while (processed < ids.size()) {
        List<UUID> chunk =
            ids.subList(processed, Math.min(ids.size(), processed + properties.bulkChunk()));
        int next = processed + chunk.size();
        // the queue may be storing several results at once (GroupCommit) in the other order
        Integer changed = LockConflicts.retried(() -> chunk(action, chunk, next));
        if (changed == null) {
          log.info("Bulk action {} was taken over by another node", id);
          return;
        }
        executor.announce(action, changed);
        tell(id);
        processed = next;
      }
      actions.finish(id, node, BulkAction.Status.SUCCEEDED, null, clock.instant());
      tell(id);
    } catch (RuntimeException e) {
      String errorId = UUID.randomUUID().toString().substring(0, 8);
      log.warn("Bulk action {} failed (error id {})", id, errorId, e);
      actions.finish(
          id,
          node,
          BulkAction.Status.FAILED,
          "stopped after %d of %d articles by an unexpected error (error id %s); what was done stays done"
              .formatted(processed, ids.size(), errorId),
          clock.instant());
      tell(id);
    }
  }

  /**
   * Applies the action to one chunk and records the progress in the same transaction; {@code null}
   * when another node has taken the action over.
   */
  private Integer chunk(BulkAction action, List<UUID> chunk, int next) {
    UUID id = action.id();
    return transactions.execute(
        tx -> {
          int done = executor.apply(action, chunk);
          Instant now = clock.instant();
          if (!actions.advance(
              id, node, next, done, chunk.size() - done, now, now.plus(properties.bulkLease()))) {
            tx.setRollbackOnly();
            return null;
          }
          return done;
        });
  }

  /** Announces how far the action has got, as stored, for the batch's live watchers. */
  private void tell(UUID id) {
    actions
        .find(id)
        .ifPresent(
            action ->
                events.publishEvent(
                    new BulkActionChanged(
                        action.batchId(),
                        action.id(),
                        action.action().name(),
                        action.status().name(),
                        action.total(),
                        action.processed(),
                        action.changed(),
                        action.skipped(),
                        action.error())));
  }

  @Override
  public void destroy() {
    scheduler.shutdownNow();
  }
}
