package com.bulkwriter.queue.internal;

import com.bulkwriter.batch.ArticleChanged;
import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.BatchControl;
import com.bulkwriter.batch.SettingsJson;
import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.Providers;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes one claimed article and stores the outcome: the result, a retry after backoff, or the
 * final failure. Every write is fenced by the claim's lease token. While the provider writes, its
 * word counts are announced as {@link com.bulkwriter.queue.ArticleProgressed}, never stored.
 */
@Component
class ArticleWorker {

  private static final Logger log = LoggerFactory.getLogger(ArticleWorker.class);

  private final Providers providers;
  private final ArticleClaims claims;
  private final BatchControl batches;
  private final SettingsJson json;
  private final QueueProperties properties;
  private final Backoff backoff;
  private final QueueMetrics metrics;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ArticleWorker(
      Providers providers,
      ArticleClaims claims,
      BatchControl batches,
      SettingsJson json,
      QueueProperties properties,
      Backoff backoff,
      QueueMetrics metrics,
      ApplicationEventPublisher events,
      Clock clock) {
    this.providers = providers;
    this.claims = claims;
    this.batches = batches;
    this.json = json;
    this.properties = properties;
    this.backoff = backoff;
    this.metrics = metrics;
    this.events = events;
    this.clock = clock;
  }

  void process(ClaimedArticle article) {
    changed(article, ArticleState.RUNNING, null);
    Outcome outcome;
    try {
      ArticleSpec spec =
          json.settings(article.settings())
              .specFor(article.keyword(), json.overrides(article.overrides()));
      GeneratedArticle result;
      try (WordsReported progress = new WordsReported(article, spec.wordCount(), events)) {
        result = providers.require(spec.provider()).generate(article.id(), spec, progress);
      }
      outcome = claims.succeed(article, result, clock.instant()) ? Outcome.SUCCEEDED : Outcome.LOST;
      if (outcome == Outcome.SUCCEEDED) {
        events.publishEvent(
            new ArticleChanged(
                article.batchId(),
                article.id(),
                ArticleState.SUCCEEDED,
                article.attempts(),
                null,
                result.title(),
                result.wordCount()));
      }
      if (outcome == Outcome.SUCCEEDED && result.usage().costUsd().signum() > 0) {
        checkBudget(article.batchId());
      }
    } catch (GenerationFailure failure) {
      outcome = failed(article, failure);
    } catch (IllegalArgumentException unknownProvider) {
      outcome = failed(article, unknownProvider.getMessage(), false);
    } catch (RuntimeException unexpected) {
      log.warn("Unexpected error writing article {}", article.id(), unexpected);
      outcome = failed(article, "Unexpected error: " + unexpected, true);
    }
    if (outcome == Outcome.LOST) {
      log.debug("Article {} lost its lease before its outcome was stored", article.id());
    }
    metrics.finished(outcome);
  }

  /** After each result that cost something: a batch at its budget cap pauses. */
  private void checkBudget(UUID batchId) {
    if (batches.pauseIfBudgetReached(batchId)) {
      log.info("Paused batch {}: its budget cap is reached", batchId);
    }
  }

  private Outcome failed(ClaimedArticle article, GenerationFailure failure) {
    Instant now = clock.instant();
    return switch (failure.kind()) {
      case RETRYABLE -> failed(article, failure.getMessage(), true);
      case PERMANENT -> failed(article, failure.getMessage(), false);
      case RATE_LIMITED ->
          handBack(article, "Waiting: " + failure.getMessage(), now.plus(failure.retryAfter()));
      case FATAL -> {
        // one bad key must not fail thousands of articles: stop the batch until a person fixes
        // the configuration and resumes it; this article keeps its attempt
        String reason = "Provider error: " + failure.getMessage() + " Fix it, then resume.";
        if (batches.pause(article.batchId(), reason)) {
          log.warn("Paused batch {}: {}", article.batchId(), failure.getMessage());
        }
        yield handBack(article, reason, now);
      }
    };
  }

  private Outcome handBack(ClaimedArticle article, String reason, Instant next) {
    if (!claims.throttle(article, reason, next, clock.instant())) {
      return Outcome.LOST;
    }
    // a throttled article keeps its attempt
    events.publishEvent(
        new ArticleChanged(
            article.batchId(), article.id(), ArticleState.QUEUED, article.attempts() - 1, reason));
    return Outcome.THROTTLED;
  }

  /** Announces a stored change of the article, for the batch's live watchers. */
  private void changed(ClaimedArticle article, ArticleState status, String error) {
    events.publishEvent(
        new ArticleChanged(article.batchId(), article.id(), status, article.attempts(), error));
  }

  private Outcome failed(ClaimedArticle article, String error, boolean retryable) {
    Instant now = clock.instant();
    if (retryable && article.attempts() < properties.maxAttempts()) {
      Instant next = now.plus(backoff.after(article.attempts()));
      String message = "Attempt %d failed: %s".formatted(article.attempts(), error);
      if (!claims.retryLater(article, message, next, now)) {
        return Outcome.LOST;
      }
      changed(article, ArticleState.QUEUED, message);
      return Outcome.RETRIED;
    }
    String message =
        retryable
            ? "Failed after %d attempts: %s".formatted(article.attempts(), error)
            : "Failed: " + error;
    if (!claims.fail(article, message, now)) {
      return Outcome.LOST;
    }
    changed(article, ArticleState.FAILED, message);
    return Outcome.FAILED;
  }

  /** What became of one claimed article. */
  enum Outcome {
    SUCCEEDED,
    RETRIED,
    /** Handed back without spending an attempt: rate limited, or its batch paused. */
    THROTTLED,
    FAILED,
    /** The lease was gone (rescued, cancelled, released) before the outcome could be stored. */
    LOST
  }
}
