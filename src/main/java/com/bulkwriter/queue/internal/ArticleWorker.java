package com.bulkwriter.queue.internal;

import com.bulkwriter.batch.BatchSettings;
import com.bulkwriter.batch.SettingsJson;
import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.Providers;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes one claimed article and stores the outcome: the result, a retry after backoff, or the
 * final failure. Every write is fenced by the claim's lease token.
 */
@Component
class ArticleWorker {

  private static final Logger log = LoggerFactory.getLogger(ArticleWorker.class);

  private final Providers providers;
  private final ArticleClaims claims;
  private final SettingsJson json;
  private final QueueProperties properties;
  private final Backoff backoff;
  private final QueueMetrics metrics;
  private final Clock clock;

  /** Batch settings never change, so each is parsed once per node. */
  private final Map<UUID, BatchSettings> settings = new ConcurrentHashMap<>();

  ArticleWorker(
      Providers providers,
      ArticleClaims claims,
      SettingsJson json,
      QueueProperties properties,
      Backoff backoff,
      QueueMetrics metrics,
      Clock clock) {
    this.providers = providers;
    this.claims = claims;
    this.json = json;
    this.properties = properties;
    this.backoff = backoff;
    this.metrics = metrics;
    this.clock = clock;
  }

  void process(ClaimedArticle article) {
    Outcome outcome;
    try {
      ArticleSpec spec =
          settings
              .computeIfAbsent(article.batchId(), id -> json.settings(article.settings()))
              .specFor(article.keyword(), json.overrides(article.overrides()));
      GeneratedArticle result = providers.require(spec.provider()).generate(spec);
      outcome = claims.succeed(article, result, clock.instant()) ? Outcome.SUCCEEDED : Outcome.LOST;
    } catch (GenerationFailure failure) {
      outcome = failed(article, failure.getMessage(), failure.retryable());
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

  private Outcome failed(ClaimedArticle article, String error, boolean retryable) {
    Instant now = clock.instant();
    if (retryable && article.attempts() < properties.maxAttempts()) {
      Instant next = now.plus(backoff.after(article.attempts()));
      String message = "Attempt %d failed: %s".formatted(article.attempts(), error);
      return claims.retryLater(article, message, next, now) ? Outcome.RETRIED : Outcome.LOST;
    }
    String message =
        retryable
            ? "Failed after %d attempts: %s".formatted(article.attempts(), error)
            : "Failed: " + error;
    return claims.fail(article, message, now) ? Outcome.FAILED : Outcome.LOST;
  }

  /** What became of one claimed article. */
  enum Outcome {
    SUCCEEDED,
    RETRIED,
    FAILED,
    /** The lease was gone (rescued, cancelled, released) before the outcome could be stored. */
    LOST
  }
}
