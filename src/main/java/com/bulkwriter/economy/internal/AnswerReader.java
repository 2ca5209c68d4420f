package com.bulkwriter.economy.internal;

import com.bulkwriter.generation.BatchApi;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.queue.LeasedArticle;
import com.bulkwriter.queue.LongLeases;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Polls a submitted provider batch and, once it ended, reads its answers line by line and stores
 * each through the queue's own path as it is read: a paid answer is stored (or adopted), a failed
 * request follows the queue's retry rules, one the provider never got to (expired, cancelled) goes
 * back to the queue without spending an attempt. A step of a long article is saved as its answer is
 * read; once the batch's answers are read, the article is stored if every step is saved, else goes
 * back to the queue for its next round (or follows the queue's rules for a failed step). Reading
 * the files again after a crash stores nothing twice: an article already stored no longer holds the
 * lease, and a step saved keeps its first version.
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
    Map<UUID, StepOutcome> stepped = new HashMap<>();
    int[] read = {0, 0};
    api.answers(
        remote,
        answer -> {
          CustomIds.Request request = CustomIds.request(answer.customId(), batch.id());
          if (request == null) {
            return;
          }
          if (request.step() == BatchApi.WHOLE_ARTICLE) {
            LeasedArticle article = held.remove(request.article());
            if (article != null && store(article, api, answer)) {
              read[1]++;
            }
          } else if (held.containsKey(request.article())) {
            saveStep(held.get(request.article()), api, request.step(), answer, stepped);
          }
          if (++read[0] % CHUNK == 0) {
            batches.renew(batch, clock.instant().plus(properties.leaseDuration()));
            batches.addStored(batch.id(), read[1], clock.instant());
            read[1] = 0;
          }
        });
    for (Map.Entry<UUID, StepOutcome> entry : stepped.entrySet()) {
      LeasedArticle article = held.remove(entry.getKey());
      if (article != null && afterSteps(article, api, entry.getValue())) {
        read[1]++;
      }
    }
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

  /**
   * What the answers to a long article's steps in this provider batch came to: a failure (the worst
   * one wins), whether one was not done in time, whether a section was saved.
   */
  private static final class StepOutcome {
    GenerationFailure failure;
    boolean expired;
    boolean sections;
  }

  /** Saves the answer to one step of a long article as it is read; a failure is noted. */
  private void saveStep(
      LeasedArticle article,
      BatchApi api,
      int step,
      BatchApi.BatchAnswer answer,
      Map<UUID, StepOutcome> stepped) {
    StepOutcome outcome = stepped.computeIfAbsent(article.id(), id -> new StepOutcome());
    if (answer.expired()) {
      outcome.expired = true;
      return;
    }
    try {
      api.saveStep(article.id(), specs.of(article), step, answer);
      outcome.sections |= step > 0;
    } catch (GenerationFailure failure) {
      if (outcome.failure == null || failure.kind().compareTo(outcome.failure.kind()) > 0) {
        outcome.failure = failure;
      }
    }
  }

  /**
   * Once its steps in this provider batch are read: a long article whose every step is saved is
   * assembled and stored; a failed step follows the queue's rules; else (its outline just saved, or
   * a step not done in time) it goes back to the queue for the next round without spending an
   * attempt. True when it was stored.
   */
  private boolean afterSteps(LeasedArticle article, BatchApi api, StepOutcome outcome) {
    if (outcome.failure != null && outcome.failure.kind() != GenerationFailure.Kind.RETRYABLE) {
      leases.failed(article, outcome.failure);
      return false;
    }
    if (outcome.sections) {
      Optional<GeneratedArticle> assembled = api.assemble(article.id(), specs.of(article));
      if (assembled.isPresent()) {
        return leases.store(article, assembled.get());
      }
    }
    if (outcome.failure != null) {
      leases.failed(article, outcome.failure);
    } else if (outcome.expired) {
      leases.handBack(
          article, "The provider batch ended before a step of it was written; back in the queue");
    } else {
      leases.handBack(
          article,
          outcome.sections
              ? "Some sections written; the others go in the next provider batch"
              : "Outline written; its sections go in the next provider batch");
    }
    return false;
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
