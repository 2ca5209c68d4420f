package com.bulkwriter.queue.internal;

import com.bulkwriter.batch.ArticleChanged;
import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.BatchControl;
import com.bulkwriter.batch.BatchSettings;
import com.bulkwriter.batch.SettingsJson;
import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.Providers;
import com.bulkwriter.support.sql.DatabaseOutage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * Writes one claimed article and stores the outcome: the result, a retry after backoff, or the
 * final failure. Every write is fenced by the claim's lease token. While the provider writes, its
 * word counts are announced as {@link com.bulkwriter.queue.ArticleProgressed}, never stored.
 */
@Component
class ArticleWorker {

  private static final Logger log = LoggerFactory.getLogger(ArticleWorker.class);

  /** How long an article waits when the database failed before its answer was complete. */
  private static final Duration DATABASE_PAUSE = Duration.ofSeconds(2);

  private final Providers providers;
  private final ArticleClaims claims;
  private final GroupCommit results;
  private final BatchControl batches;
  private final SettingsJson json;
  private final QueueProperties properties;
  private final Backoff backoff;
  private final QueueMetrics metrics;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final UntilStored untilStored =
      new UntilStored(Duration.ofMillis(100), Duration.ofSeconds(2));

  ArticleWorker(
      Providers providers,
      ArticleClaims claims,
      GroupCommit results,
      BatchControl batches,
      SettingsJson json,
      QueueProperties properties,
      Backoff backoff,
      QueueMetrics metrics,
      ApplicationEventPublisher events,
      Clock clock) {
    this.providers = providers;
    this.claims = claims;
    this.results = results;
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
      outcome = attempt(article);
    } catch (UntilStored.Abandoned stopping) {
      // the node stops while the database is away: the lease expires and the article is rescued
      log.warn("Article {}: {}", article.id(), stopping.getMessage());
      outcome = Outcome.LOST;
    }
    if (outcome == Outcome.LOST) {
      log.debug("Article {} lost its lease before its outcome was stored", article.id());
    }
    metrics.finished(outcome);
  }

  /** The settings last read, with their JSON: the articles of a batch share one. */
  private record Parsed(String text, BatchSettings settings) {}

  private volatile Parsed lastParsed = new Parsed("", null);

  /**
   * A batch's settings, read from their JSON once per run of articles with the same settings, not
   * once per article (reading them was a twentieth of a worker's time at full speed).
   */
  private BatchSettings settings(String text) {
    Parsed last = lastParsed;
    if (!last.text().equals(text)) {
      last = new Parsed(text, json.settings(text));
      lastParsed = last;
    }
    return last.settings();
  }

  private Outcome attempt(ClaimedArticle article) {
    GeneratedArticle result;
    try {
      ArticleSpec spec =
          settings(article.settings())
              .specFor(article.keyword(), json.overrides(article.overrides()))
              // placeholders of an outline template and required phrases: {year} is this year
              .forYear(clock.instant().atZone(ZoneOffset.UTC).getYear());
      try (WordsReported progress = new WordsReported(article, spec.wordCount(), events)) {
        result = providers.require(spec.provider()).generate(article.id(), spec, progress);
      }
    } catch (GenerationFailure failure) {
      return failed(article, failure);
    } catch (IllegalArgumentException unknownProvider) {
      return failed(article, unknownProvider.getMessage(), false);
    } catch (RuntimeException unexpected) {
      if (DatabaseOutage.isOutage(unexpected)) {
        // no complete answer yet (admission on a shared bucket, a saved step): not the article's
        // fault, so it keeps its attempt and waits for the database
        log.warn("Article {} waits for the database: {}", article.id(), unexpected.toString());
        return handBack(article, "Waiting for the database", clock.instant().plus(DATABASE_PAUSE));
      }
      log.warn("Unexpected error writing article {}", article.id(), unexpected);
      return failed(article, "Unexpected error: " + unexpected, true);
    }
    return stored(article, result);
  }

  /**
   * A complete, paid answer: storing it wins over everything else. Nothing else is done before it
   * is stored, the write is tried again until the database answers, and what follows (events, the
   * budget check) can no longer undo it.
   */
  Outcome stored(ClaimedArticle article, GeneratedArticle result) {
    boolean stored;
    try {
      stored =
          untilStored.write(
              "the result of article " + article.id(),
              () -> results.succeed(article, result, clock.instant()));
    } catch (RuntimeException refused) {
      if (refused instanceof UntilStored.Abandoned) {
        throw refused;
      }
      // the database refuses this answer (not an outage): asking again would pay again for an
      // answer like it, so the article fails with the reason for a person to see
      log.error("Article {}: the database refused its answer", article.id(), refused);
      return failed(article, "The answer could not be stored: " + briefly(refused), false);
    }
    if (!stored) {
      log.warn(
          "Article {} went on without this claim (cancelled, or taken by another worker) before"
              + " its answer could be stored",
          article.id());
      return Outcome.LOST;
    }
    events.publishEvent(
        new ArticleChanged(
            article.batchId(),
            article.id(),
            ArticleState.SUCCEEDED,
            article.attempts(),
            null,
            result.title(),
            result.wordCount()));
    if (result.usage().costUsd().signum() > 0) {
      checkBudget(article.batchId());
    }
    return Outcome.SUCCEEDED;
  }

  /** The first line of the innermost cause, short enough to show beside the article. */
  private static String briefly(Throwable failure) {
    String message = NestedExceptionUtils.getMostSpecificCause(failure).toString().strip();
    int lineEnd = message.indexOf('\n');
    String line = lineEnd < 0 ? message : message.substring(0, lineEnd);
    return line.length() <= 300 ? line : line.substring(0, 300) + "…";
  }

  /** After each result that cost something: a batch at its budget cap pauses. */
  private void checkBudget(UUID batchId) {
    try {
      if (batches.pauseIfBudgetReached(batchId)) {
        log.info("Paused batch {}: its budget cap is reached", batchId);
      }
    } catch (RuntimeException e) {
      // the next paid result checks again
      log.warn("Could not check the budget of batch {}", batchId, e);
    }
  }

  Outcome failed(ClaimedArticle article, GenerationFailure failure) {
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
        if (untilStored.write(
            "the pause of batch " + article.batchId(),
            () -> batches.pause(article.batchId(), reason))) {
          log.warn("Paused batch {}: {}", article.batchId(), failure.getMessage());
        }
        yield handBack(article, reason, now);
      }
    };
  }

  Outcome handBack(ClaimedArticle article, String reason, Instant next) {
    if (!untilStored.write(
        "the hand-back of article " + article.id(),
        () -> claims.throttle(article, reason, next, clock.instant()))) {
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
      if (!untilStored.write(
          "the retry of article " + article.id(),
          () -> claims.retryLater(article, message, next, now))) {
        return Outcome.LOST;
      }
      changed(article, ArticleState.QUEUED, message);
      return Outcome.RETRIED;
    }
    String message =
        retryable
            ? "Failed after %d attempts: %s".formatted(article.attempts(), error)
            : "Failed: " + error;
    if (!untilStored.write(
        "the failure of article " + article.id(), () -> claims.fail(article, message, now))) {
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
