package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.ArticleChanged;
import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.ArticleTransition;
import com.bulkwriter.batch.ArticlesMoved;
import com.bulkwriter.batch.ArticlesQueued;
import com.bulkwriter.batch.BatchChanged;
import com.bulkwriter.batch.BatchStatus;
import com.bulkwriter.generation.TokenUsage;
import com.bulkwriter.keywords.KeywordGroups;
import com.bulkwriter.support.ConflictException;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import com.bulkwriter.support.NotFoundException;
import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
import com.bulkwriter.support.UnprocessableException;
import com.bulkwriter.support.sql.LockConflicts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** What users do with batches: submit, read, pause, resume, cancel, retry failed. */
@Service
public class BatchService {

  private final Batches batches;
  private final BatchCatalog catalog;
  private final Articles articles;
  private final SubmissionValidator validator;
  private final BatchEstimator estimator;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final ArticleQuota quota;
  private final ArticleReviews reviews;
  private final SubmissionKeywords keywords;
  private final Clock clock;

  BatchService(
      Batches batches,
      BatchCatalog catalog,
      Articles articles,
      SubmissionValidator validator,
      BatchEstimator estimator,
      TransactionTemplate transactions,
      ApplicationEventPublisher events,
      ArticleQuota quota,
      ArticleReviews reviews,
      SubmissionKeywords keywords,
      Clock clock) {
    this.batches = batches;
    this.catalog = catalog;
    this.articles = articles;
    this.validator = validator;
    this.estimator = estimator;
    this.transactions = transactions;
    this.events = events;
    this.quota = quota;
    this.reviews = reviews;
    this.keywords = keywords;
    this.clock = clock;
  }

  /**
   * The outcome of a submit: the batch, whether this call created it, and its estimate ({@code
   * null} for a replay, which validates nothing again).
   */
  public record Submitted(Batch batch, boolean created, BatchEstimate estimate) {}

  /** What a JSON batch would take, without saving anything; invalid input throws as on submit. */
  public Estimated estimateJson(String owner, JsonNode body) {
    return estimate(owner, validator.validate(SubmissionReader.fromJson(body)));
  }

  /** What a CSV batch would take, without saving anything. */
  public Estimated estimateCsv(String owner, byte[] body, Map<String, String> parameters) {
    Map<String, String> settings = new TreeMap<>(parameters);
    String name = settings.remove("name");
    String csv = SubmissionReader.utf8(body);
    return estimate(owner, validator.validate(SubmissionReader.fromCsv(csv, name, settings)));
  }

  /** A batch's estimate with the keywords that would compete, from one validation of its body. */
  public record Estimated(BatchEstimate estimate, KeywordGroups keywordGroups) {}

  private Estimated estimate(String owner, ValidSubmission submission) {
    return new Estimated(estimator.estimate(submission), keywords.groups(owner, submission));
  }

  /** Submits a JSON batch: {@code {"name", "settings", "items"}}. */
  public Submitted submitJson(String owner, JsonNode body, String idempotencyKey) {
    return submit(owner, SubmissionReader.fromJson(body), idempotencyKey, sha256(body.toString()));
  }

  /**
   * Submits a CSV batch: a header row with {@code keyword} and override columns; the batch name and
   * settings come from {@code parameters}. The body must be UTF-8.
   */
  public Submitted submitCsv(
      String owner, byte[] body, Map<String, String> parameters, String idempotencyKey) {
    String csv = SubmissionReader.utf8(body);
    Map<String, String> settings = new TreeMap<>(parameters);
    String name = settings.remove("name");
    return submit(
        owner,
        SubmissionReader.fromCsv(csv, name, settings),
        idempotencyKey,
        sha256(parameters.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList() + csv));
  }

  /**
   * Validates and stores a batch with all its articles, or nothing. With an idempotency key, a
   * repeated submit of the same body returns the first batch; another body with the key is refused.
   */
  Submitted submit(String owner, RawSubmission raw, String idempotencyKey, String requestHash) {
    if (idempotencyKey != null) {
      var earlier = batches.findByIdempotencyKey(owner, idempotencyKey);
      if (earlier.isPresent()) {
        return replay(earlier.get(), requestHash);
      }
    }
    ValidSubmission valid = validator.validate(raw);
    BatchEstimate estimate = estimator.estimate(valid);
    Instant now = clock.instant();
    int count = valid.rows().size();
    quota.check(
        owner, count, now, "This batch of %d article%s".formatted(count, count == 1 ? "" : "s"));
    Batch batch =
        new Batch(
            UUID.randomUUID(),
            owner,
            valid.name(),
            BatchStatus.RUNNING,
            null,
            valid.settings(),
            valid.rows().size(),
            idempotencyKey,
            requestHash,
            now,
            now,
            null,
            TokenUsage.NONE,
            null);
    try {
      transactions.executeWithoutResult(
          tx -> {
            batches.insert(batch, valid.rows());
            catalog.index(
                batch.id(), valid.rows().stream().map(ValidSubmission.Row::keyword).toList());
            keywords.remember(owner, batch.id(), valid);
          });
    } catch (DuplicateKeyException raced) {
      // another request with the same key won the race; answer as its replay
      return replay(batches.findByIdempotencyKey(owner, idempotencyKey).orElseThrow(), requestHash);
    }
    changed(batch);
    events.publishEvent(new ArticlesQueued(batch.id()));
    return new Submitted(batch, true, estimate);
  }

  private static Submitted replay(Batch earlier, String requestHash) {
    if (!Objects.equals(earlier.requestHash(), requestHash)) {
      throw new UnprocessableException(
          "This Idempotency-Key was already used for a different request (batch "
              + earlier.id()
              + "); use a new key for a new batch");
    }
    return new Submitted(earlier, false, null);
  }

  /** Any owner's batch, for code that acts on the system's behalf. */
  public Optional<Batch> findById(UUID id) {
    return batches.findById(id);
  }

  private void changed(Batch batch) {
    events.publishEvent(
        new BatchChanged(batch.id(), batch.owner(), batch.status(), batch.statusReason()));
  }

  public Batch batch(String owner, UUID id) {
    return batches.find(owner, id).orElseThrow(() -> new NotFoundException("No batch " + id));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  public Map<UUID, Counts> counts(Collection<Batch> list) {
    return batches.counts(list);
  }

  public Counts counts(Batch batch) {
    return batches.counts(List.of(batch)).get(batch.id());
  }

  public PageOf<ArticleRow> articles(
      String owner, UUID batchId, ArticleState status, PageRequest page) {
    return articlesMatching(owner, batchId, new ArticleFilter(status, null, null), page);
  }

  /** A page of the batch's articles that match {@code filter}, in row order. */
  public PageOf<ArticleRow> articlesMatching(
      String owner, UUID batchId, ArticleFilter filter, PageRequest page) {
    return articles.page(batch(owner, batchId).id(), filter, page);
  }

  public Article article(String owner, UUID id) {
    return articles.find(owner, id).orElseThrow(() -> new NotFoundException("No article " + id));
  }

  public Batch pause(String owner, UUID id) {
    return change(owner, id, (batch, now) -> batch.pause("paused by the user", now));
  }

  /**
   * Pauses a running batch on the system's behalf (the provider rejected its configuration, the
   * budget is reached); false when the batch was not running.
   */
  public boolean pauseBecause(UUID id, String reason) {
    Boolean paused =
        transactions.execute(
            tx ->
                batches
                    .findById(id)
                    .filter(batch -> batch.status() == BatchStatus.RUNNING)
                    .map(batch -> move(batch, batch.pause(reason, clock.instant())))
                    .orElse(false));
    return Boolean.TRUE.equals(paused);
  }

  public Batch resume(String owner, UUID id) {
    return resume(owner, id, null);
  }

  /**
   * Resumes a paused batch; {@code raisedCap} (or {@code null}) sets a new budget cap, which a
   * batch paused at its cap needs.
   */
  public Batch resume(String owner, UUID id, BigDecimal raisedCap) {
    if (raisedCap != null && raisedCap.signum() <= 0) {
      throw new InvalidInputException(
          "The budget cap must be positive.",
          List.of(InputError.field("maxCostUsd", "must be a positive amount of US dollars")));
    }
    Batch resumed = change(owner, id, (batch, now) -> batch.resume(raisedCap, now));
    events.publishEvent(new ArticlesQueued(id));
    return resumed;
  }

  /**
   * Pauses a running batch whose recorded cost has reached its budget cap ({@code
   * settings.maxCostUsd}); false when it has no cap, is below it, or is not running.
   */
  public boolean pauseIfBudgetReached(UUID id) {
    Boolean paused =
        transactions.execute(
            tx ->
                batches
                    .findById(id)
                    .filter(Batch::runningOverBudget)
                    .map(batch -> move(batch, batch.pauseForBudget(clock.instant())))
                    .orElse(false));
    return Boolean.TRUE.equals(paused);
  }

  /** Stores a system-initiated status change and announces it once it is stored. */
  private boolean move(Batch from, Batch to) {
    boolean moved = batches.move(from, to);
    if (moved) {
      changed(to);
    }
    return moved;
  }

  /** Cancels the batch and every article not yet finished, in one transaction. */
  public Batch cancel(String owner, UUID id) {
    return change(
        owner,
        id,
        (batch, now) -> {
          Batch cancelled = batch.cancel(now);
          moveAll(id, ArticleTransition.CANCEL, now);
          return cancelled;
        });
  }

  /**
   * Puts failed articles back in the queue with fresh attempts; a completed batch runs again. They
   * count against the owner's limits like submitted articles (429 naming the limit).
   */
  public Batch retryFailed(String owner, UUID id) {
    Batch before = batch(owner, id);
    int failed = counts(before).failed();
    if (failed > 0) {
      quota.check(
          before.owner(),
          failed,
          clock.instant(),
          "Retrying %d failed article%s".formatted(failed, failed == 1 ? "" : "s"));
    }
    Batch retried =
        reopen(
            owner,
            id,
            (batch, now) -> {
              Batch reopened = batch.reopen(now);
              quota.requeued(batch.owner(), moveAll(id, ArticleTransition.RETRY_FAILED, now), now);
              return reopened;
            });
    events.publishEvent(new ArticlesQueued(id));
    return retried;
  }

  /**
   * Moves every article of the batch in one of the transition's source states, and announces the
   * move once (when the transaction commits) rather than once per article.
   */
  private int moveAll(UUID batchId, ArticleTransition transition, Instant now) {
    int moved = articles.transitionAll(batchId, transition, now);
    if (moved > 0) {
      events.publishEvent(new ArticlesMoved(batchId, transition, moved));
    }
    return moved;
  }

  /**
   * Writes one finished (succeeded or failed) article again: it goes back in the queue with fresh
   * attempts and its old result cleared, and a completed batch runs again. Refused with a conflict
   * when the article is still queued, running or cancelled, or its batch is cancelled; counts
   * against the owner's limits like a submitted article (429 naming the limit).
   */
  public Article regenerate(String owner, UUID articleId) {
    Article article = article(owner, articleId);
    quota.check(
        batch(owner, article.batchId()).owner(), 1, clock.instant(), "Regenerating this article");
    reopen(
        owner,
        article.batchId(),
        (batch, now) -> {
          Batch reopened = batch.reopen(now, "regenerated");
          // a rejected article's note goes into the instructions it is written with
          if (reviews.requeue(batch, List.of(articleId), RegenerateChanges.NONE, now) != 1) {
            throw new ConflictException(
                "Article %s is %s; only a succeeded or failed article can be regenerated"
                    .formatted(articleId, article(owner, articleId).status().name().toLowerCase()));
          }
          quota.requeued(batch.owner(), 1, now);
          // a running batch does not change, so this is the only word of the move its watchers get
          events.publishEvent(
              new ArticleChanged(batch.id(), articleId, ArticleState.QUEUED, 0, null));
          return reopened;
        });
    events.publishEvent(new ArticlesQueued(article.batchId()));
    return article(owner, articleId);
  }

  /**
   * A bulk regenerate of some of the batch's articles, in the caller's transaction: a completed
   * batch runs again, the articles go back in the queue with {@code changes} ({@link
   * ArticleReviews#requeue}), and they count against the owner's daily limit (checked before).
   * Returns how many went back; the caller announces {@link ArticlesQueued} after it commits.
   */
  int regenerate(UUID batchId, List<UUID> ids, RegenerateChanges changes) {
    int[] moved = {0};
    reopen(
        null,
        batchId,
        (batch, now) -> {
          Batch reopened = batch.reopen(now, "regenerated");
          moved[0] = reviews.requeue(batch, ids, changes, now);
          quota.requeued(batch.owner(), moved[0], now);
          if (moved[0] > 0) {
            events.publishEvent(new ArticlesMoved(batchId, ArticleTransition.REGENERATE, moved[0]));
          }
          return reopened;
        });
    return moved[0];
  }

  /** Checks the per-user limits for {@code count} articles about to be queued again (429). */
  void checkRequeue(Batch batch, int count, String what) {
    quota.check(batch.owner(), count, clock.instant(), what);
  }

  /** Tells the batch's watchers that it changed (say, articles were deleted from it). */
  void announce(Batch batch) {
    changed(batch);
  }

  /**
   * Loads, changes and stores a batch in one transaction; a concurrent change of its status (say,
   * the queue completing it) is retried once against the fresh state.
   */
  private Batch change(String owner, UUID id, BiFunction<Batch, Instant, Batch> command) {
    return change(owner, id, false, command);
  }

  /**
   * As {@link #change(String, UUID, BiFunction)}; {@code reopening}: the command puts finished
   * articles back in the queue, possibly while the batch stays RUNNING (no status change), so the
   * batch row is locked first ({@link Batches#lock}) lest the completion check complete the batch
   * under them.
   */
  private Batch reopen(String owner, UUID id, BiFunction<Batch, Instant, Batch> command) {
    return change(owner, id, true, command);
  }

  private Batch change(
      String owner, UUID id, boolean reopening, BiFunction<Batch, Instant, Batch> command) {
    for (int attempt = 0; ; attempt++) {
      Batch result =
          // moving many articles at once can meet the queue storing several results at once
          // (GroupCommit) in the other order
          LockConflicts.retried(
              () ->
                  transactions.execute(
                      tx -> {
                        if (reopening) {
                          batches.lock(id);
                        }
                        Batch current = batch(owner, id);
                        Batch next = command.apply(current, clock.instant());
                        if (next == current) {
                          return next;
                        }
                        if (batches.move(current, next)) {
                          changed(next);
                          return next;
                        }
                        tx.setRollbackOnly();
                        return null;
                      }));
      if (result != null) {
        return result;
      }
      if (attempt == 2) {
        throw new ConflictException(
            "Batch " + id + " changed while it was being updated; try again");
      }
    }
  }
}
