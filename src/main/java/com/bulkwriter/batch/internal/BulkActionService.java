package com.bulkwriter.batch.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk actions on a selection of a batch's articles: approve, reject with a note, regenerate
 * (optionally with a changed tone, length or instructions) and delete. Everything is checked before
 * anything changes ({@link BulkPlanner}); up to {@code bulk-inline-limit} articles change within
 * the request in one transaction, larger selections run in the background ({@link
 * BulkActionRunner}).
 */
@Service
public class BulkActionService {

  /** Actions listed per batch. */
  static final int LISTED = 20;

  private final BulkPlanner planner;
  private final BulkActions actions;
  private final BulkExecutor executor;
  private final BatchService batches;
  private final BulkActionRunner runner;
  private final BatchProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;

  BulkActionService(
      BulkPlanner planner,
      BulkActions actions,
      BulkExecutor executor,
      BatchService batches,
      BulkActionRunner runner,
      BatchProperties properties,
      TransactionTemplate transactions,
      Clock clock) {
    this.planner = planner;
    this.actions = actions;
    this.executor = executor;
    this.batches = batches;
    this.runner = runner;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Checks and runs (or queues) a bulk action on the batch of {@code scope}'s, asked for by {@code
   * requester}. The answer is finished when it ran within the request, else QUEUED.
   */
  public BulkAction submit(String scope, String requester, UUID batchId, BulkRequest request) {
    BulkPlanner.Plan plan = planner.plan(scope, batchId, request);
    Instant now = clock.instant();
    BulkAction queued =
        new BulkAction(
            UUID.randomUUID(),
            requester,
            batchId,
            plan.kind(),
            plan.parameters(),
            plan.ids(),
            BulkAction.Status.QUEUED,
            plan.ids().size(),
            0,
            0,
            plan.skipped(),
            null,
            now,
            null);
    if (plan.ids().size() > properties.bulkInlineLimit()) {
      actions.insert(queued);
      runner.wake();
      return queued;
    }
    BulkAction done =
        transactions.execute(
            tx -> {
              int changed = executor.apply(queued, plan.ids());
              BulkAction finished =
                  new BulkAction(
                      queued.id(),
                      requester,
                      batchId,
                      plan.kind(),
                      plan.parameters(),
                      plan.ids(),
                      BulkAction.Status.SUCCEEDED,
                      plan.ids().size(),
                      plan.ids().size(),
                      changed,
                      plan.skipped() + plan.ids().size() - changed,
                      null,
                      now,
                      clock.instant());
              actions.insert(finished);
              return finished;
            });
    executor.announce(done, done.changed());
    return done;
  }

  /** The batch's latest bulk actions, newest first; 404 for a batch outside {@code scope}. */
  public List<BulkAction> actions(String scope, UUID batchId) {
    return actions.ofBatch(batches.batch(scope, batchId).id(), LISTED);
  }
}
