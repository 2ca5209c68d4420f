package com.bulkwriter.economy.internal;

import com.bulkwriter.generation.BatchApi;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.queue.LeasedArticle;
import com.bulkwriter.queue.LongLeases;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Polls a submitted provider batch and, once it ended, reads its answers line by line and stores
 * each through the queue's own path as it is read: a paid answer is stored (or adopted), a failed
 * request follows the queue's retry rules, one the provider never got to (expired, cancelled) goes
 * back to the queue without spending an attempt. Reading the files again after a crash stores
 * nothing twice: an article already stored no longer holds the lease.
 */
@Component
class AnswerReader {

  private static final Logger log = LoggerFactory.getLogger(AnswerReader.class);

  /** Answers between two renewals of the lease and two updates of the stored count. */
  private static final int CHUNK = 200;

  private final ProviderBatches batches;
  private final LongLeases leases;
  private final ArticleSpecs specs;
  private final EconomyProperties properties;
  private final Clock clock;

  AnswerReader(
      ProviderBatches batches,
      LongLeases leases,
      ArticleSpecs specs,
      EconomyProperties properties,
      Clock clock) {
    this.batches = batches;
    this.leases = leases;
    this.specs = specs;
    this.properties = properties;
    this.clock = clock;
  }

  /** Asks how far it is; reads its answers once it ended. True when it is done. */
  boolean poll(ProviderBatch batch) {
    BatchApi api = specs.api(batch.provider());
    BatchApi.RemoteBatch remote = api.retrieve(batch.remoteId());
    batches.progress(
        batch,
        remote.providerStatus(),
        remote.completed(),
        remote.failed(),
        remote.expiresAt(),
        clock.instant());
    if (remote.state() == BatchApi.State.RUNNING
        && (batch.finishRealtime() || leases.heldCount(batch.id()) == 0)) {
      // finish in realtime, or nothing waits for it any more (its batch was cancelled): what it
      // answered so far is still read once it ended
      log.info("Cancelling provider batch {} ({})", batch.id(), remote.id());
      api.cancel(remote.id());
      return false;
    }
    if (!remote.ended()) {
      return false;
    }
    collect(batch, api, remote);
    return true;
  }

  private void collect(ProviderBatch batch, BatchApi api, BatchApi.RemoteBatch remote) {
    Map<UUID, LeasedArticle> held = new HashMap<>();
    leases.held(batch.id()).forEach(article -> held.put(article.id(), article));
    int[] read = {0, 0};
    api.answers(
        remote,
        answer -> {
          LeasedArticle article = held.remove(CustomIds.article(answer.customId(), batch.id()));
          if (article != null && store(article, api, answer)) {
            read[1]++;
          }
          if (++read[0] % CHUNK == 0) {
            batches.renew(batch, clock.instant().plus(properties.leaseDuration()));
            batches.addStored(batch.id(), read[1], clock.instant());
            read[1] = 0;
          }
        });
    batches.addStored(batch.id(), read[1], clock.instant());
    String reason =
        "The provider batch ended (%s) without an answer for it; back in the queue"
            .formatted(remote.providerStatus());
    held.values().forEach(article -> leases.handBack(article, reason));
    batches.move(batch, ProviderBatchState.DONE, null, clock.instant());
    log.info(
        "Provider batch {} ({}) read: {} answers, {} articles back in the queue",
        batch.id(),
        remote.providerStatus(),
        read[0],
        held.size());
  }

  /** True when the answer was stored as the article. */
  private boolean store(LeasedArticle article, BatchApi api, BatchApi.BatchAnswer answer) {
    if (answer.expired()) {
      leases.handBack(
          article, "The provider batch ended before this article was written; back in the queue");
      return false;
    }
    GeneratedArticle result;
    try {
      result = api.article(specs.of(article), answer);
    } catch (GenerationFailure failure) {
      leases.failed(article, failure);
      return false;
    }
    return leases.store(article, result);
  }
}
