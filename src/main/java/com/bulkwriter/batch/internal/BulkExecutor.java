package com.bulkwriter.batch.internal;

import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.batch.ArticlesQueued;
import com.bulkwriter.batch.ReviewState;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Does one bulk action to some of its articles, in the caller's transaction, and says afterwards
 * what the batch's watchers and the queue must hear. Each statement re-checks the article's state,
 * so an article that moved since the action was asked for is skipped, never half-changed.
 */
@Component
class BulkExecutor {

  private final BatchService batches;
  private final Batches stored;
  private final ArticleReviews reviews;
  private final ArticleQuota quota;
  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  BulkExecutor(
      BatchService batches,
      Batches stored,
      ArticleReviews reviews,
      ArticleQuota quota,
      JdbcClient jdbc,
      Database database,
      ApplicationEventPublisher events,
      Clock clock) {
    this.batches = batches;
    this.stored = stored;
    this.reviews = reviews;
    this.quota = quota;
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("review", database);
    this.events = events;
    this.clock = clock;
  }

  /** Applies the action to {@code ids}; returns how many articles it changed. */
  int apply(BulkAction action, List<UUID> ids) {
    UUID batchId = action.batchId();
    return switch (action.action()) {
      case APPROVE -> reviews.mark(batchId, ids, ReviewState.APPROVED, null, action.owner());
      case REJECT ->
          reviews.mark(
              batchId, ids, ReviewState.REJECTED, action.parameters().note(), action.owner());
      case REGENERATE -> batches.regenerate(batchId, ids, action.parameters().changes());
      case DELETE -> delete(batchId, ids);
    };
  }

  /**
   * Deletes the batch's articles among {@code ids} that are not being written; the batch's total
   * shrinks by as many and a finished batch's kept counts are counted again, so its counts and
   * progress stay true. Articles of a batch submitted in the last day still count against the
   * owner's daily limit (which counts batch totals): deleting gives no quota back.
   */
  private int delete(UUID batchId, List<UUID> ids) {
    int deleted = 0;
    for (List<UUID> part : ArticleReviews.parts(ids)) {
      deleted +=
          jdbc.sql(sql.get("delete-articles"))
              .param("batchId", batchId)
              .param("ids", part)
              .param("deletable", BulkAction.Kind.DELETE.stateNames())
              .update();
    }
    if (deleted > 0) {
      Instant now = clock.instant();
      jdbc.sql(sql.get("shrink-batch"))
          .param("deleted", deleted)
          .param("now", time(now))
          .param("id", batchId)
          .update();
      // a finished batch's kept counts follow (the shrink above holds its row)
      stored.keepCounts(batchId);
      Batch batch = batches.findById(batchId).orElseThrow();
      if (batch.createdAt().isAfter(now.minus(Duration.ofDays(1)))) {
        quota.requeued(batch.owner(), deleted, now);
      }
    }
    return deleted;
  }

  /** After the change committed: the queue hears of requeued articles, watchers of the batch. */
  void announce(BulkAction action, int changed) {
    if (changed == 0) {
      return;
    }
    if (action.action() == BulkAction.Kind.REGENERATE) {
      events.publishEvent(new ArticlesQueued(action.batchId()));
    }
    batches.findById(action.batchId()).ifPresent(batches::announce);
  }
}
