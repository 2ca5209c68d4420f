package com.bulkwriter.queue.internal;

import com.bulkwriter.batch.SettingValues;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.queue.LeasedArticle;
import com.bulkwriter.queue.LongLeases;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The queue's side of provider batches: the same claim statement and the same outcome paths as the
 * queue's workers ({@link ArticleWorker}), under a lease owner that no node's shutdown hands back.
 */
@Component
class LongLeaseStore implements LongLeases {

  /**
   * The lease owner of articles in provider batches: never one node's, so no release takes them.
   */
  static final String OWNER = "provider-batch";

  private final ArticleClaims claims;
  private final ArticleWorker worker;
  private final QueueMetrics metrics;
  private final Clock clock;

  LongLeaseStore(ArticleClaims claims, ArticleWorker worker, QueueMetrics metrics, Clock clock) {
    this.claims = claims;
    this.worker = worker;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public List<UUID> readyEconomyBatches() {
    return claims.readyBatches(SettingValues.ECONOMY, clock.instant());
  }

  /**
   * Articles per claim statement: the embedded database's claim slows down far more than linearly
   * with its limit (10,000 in one statement took minutes), so a provider batch claims in chunks.
   */
  private static final int CLAIM_CHUNK = 200;

  @Override
  public List<LeasedArticle> claim(UUID batchId, int limit, UUID token, Instant leaseExpires) {
    List<ClaimedArticle> claimed = List.of();
    Instant now = clock.instant();
    while (claimed.size() < limit) {
      int take = Math.min(CLAIM_CHUNK, limit - claimed.size());
      List<ClaimedArticle> held = claims.claim(batchId, take, OWNER, token, now, leaseExpires);
      if (held.size() <= claimed.size()) {
        break; // nothing more was ready
      }
      claimed = held;
    }
    return claimed.stream().map(LongLeaseStore::leased).toList();
  }

  @Override
  public List<LeasedArticle> held(UUID token) {
    return claims.claimed(token).stream().map(LongLeaseStore::leased).toList();
  }

  @Override
  public int heldCount(UUID token) {
    return claims.heldCount(token);
  }

  @Override
  public boolean store(LeasedArticle article, GeneratedArticle result) {
    ArticleWorker.Outcome outcome = worker.stored(claimed(article), result);
    metrics.finished(outcome);
    return outcome == ArticleWorker.Outcome.SUCCEEDED;
  }

  @Override
  public void failed(LeasedArticle article, GenerationFailure failure) {
    metrics.finished(worker.failed(claimed(article), failure));
  }

  @Override
  public void handBack(LeasedArticle article, String reason) {
    metrics.finished(worker.handBack(claimed(article), reason, clock.instant()));
  }

  private static LeasedArticle leased(ClaimedArticle a) {
    return new LeasedArticle(
        a.id(), a.batchId(), a.keyword(), a.overrides(), a.settings(), a.attempts(), a.token());
  }

  private static ClaimedArticle claimed(LeasedArticle a) {
    return new ClaimedArticle(
        a.id(), a.batchId(), a.keyword(), a.overrides(), a.settings(), a.attempts(), a.token());
  }
}
