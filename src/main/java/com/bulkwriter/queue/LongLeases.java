package com.bulkwriter.queue;

import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Articles taken from the queue for work that outlives a worker: a provider batch holds them
 * (claimed like any article, under a lease token of its own and a lease as long as the provider may
 * take), and stores each outcome through the queue's own path, fenced by that token: a result as
 * the article's next version with its usage, a failure with the queue's retry rules.
 */
public interface LongLeases {

  /** Running economy batches with an article ready to claim now. */
  List<UUID> readyEconomyBatches();

  /**
   * Claims up to {@code limit} ready articles of the batch in row order under {@code token} until
   * {@code leaseExpires}; the caller's transaction, if any, holds the claim.
   */
  List<LeasedArticle> claim(UUID batchId, int limit, UUID token, Instant leaseExpires);

  /** The articles {@code token} still holds (those whose outcome is not stored yet). */
  List<LeasedArticle> held(UUID token);

  /** How many articles {@code token} still holds. */
  int heldCount(UUID token);

  /**
   * Stores a paid answer as the realtime queue does (fenced, or adopted when its lease was rescued
   * and nobody took it since), then checks the batch's budget. False when the article went on
   * without this lease (cancelled, or already stored when a file is read again).
   */
  boolean store(LeasedArticle article, GeneratedArticle result);

  /** The request failed: the queue's rules decide (retry after backoff, fail, pause the batch). */
  void failed(LeasedArticle article, GenerationFailure failure);

  /**
   * Gives the article back to the queue at once without spending its attempt (the provider batch
   * expired or was cancelled before it was done, or could not be sent).
   */
  void handBack(LeasedArticle article, String reason);
}
