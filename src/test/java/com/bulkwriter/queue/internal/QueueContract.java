package com.bulkwriter.queue.internal;

import static com.bulkwriter.support.Latches.awaitQuietly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.BatchCompletion;
import com.bulkwriter.batch.BatchStatus;
import com.bulkwriter.batch.internal.Batch;
import com.bulkwriter.batch.internal.BatchService;
import com.bulkwriter.batch.internal.Counts;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.progress.internal.EventLog;
import com.bulkwriter.support.ConflictException;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.ScriptedGenerator;
import com.bulkwriter.support.TestApplication;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The queue's contract, run against every database (see the subclasses): exactly-once processing by
 * several nodes, leases and rescue, fencing, retries, pause, cancel, retry-failed, fairness between
 * batches. The node in the context does not work the queue; each test starts the runners it needs,
 * with their own node ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QueueContract {

  /** The owner of the batches these tests submit straight to the service (no HTTP, no sign-in). */
  static final String OWNER = "tester";

  private ConfigurableApplicationContext context;
  private final List<QueueRunner> runners = new ArrayList<>();
  protected BatchService batches;
  protected ArticleClaims claims;
  protected ScriptedGenerator scripted;
  protected JdbcClient jdbc;

  abstract DatabaseUnderTest database();

  @BeforeAll
  void startNode() {
    context =
        TestApplication.start(
            database().properties(),
            Map.of("bulkwriter.queue.enabled", "false", "bulkwriter.queue.max-attempts", "3"));
    batches = context.getBean(BatchService.class);
    claims = context.getBean(ArticleClaims.class);
    scripted = context.getBean(ScriptedGenerator.class);
    jdbc = context.getBean(JdbcClient.class);
  }

  @AfterAll
  void stopNode() {
    context.close();
  }

  @BeforeEach
  void resetProvider() {
    scripted.reset();
  }

  /**
   * Stops this test's runners and cancels what it left unfinished, so the next test starts clean.
   */
  @AfterEach
  void stopRunnersAndCancelLeftovers() {
    runners.forEach(QueueRunner::stop);
    runners.clear();
    jdbc.sql("SELECT id FROM batches WHERE status IN ('RUNNING', 'PAUSED')")
        .query(UUID.class)
        .list()
        .forEach(id -> batches.cancel(OWNER, id));
  }

  @Test
  void twoNodesWithSeveralWorkersEachGenerateEveryArticleExactlyOnce() {
    Batch batch = submit(2_000, i -> "exactly once " + i);
    QueueRunner first = startRunner("node-a", 8);
    QueueRunner second = startRunner("node-b", 8);

    awaitFinished(batch, Duration.ofSeconds(120));

    assertThat(counts(batch).succeeded()).isEqualTo(2_000);
    assertThat(scripted.allCalls()).hasSize(2_000);
    assertThat(scripted.allCalls().values()).allSatisfy(calls -> assertThat(calls).hasValue(1));
    assertThat(first.processed()).isPositive();
    assertThat(second.processed()).isPositive();
    // a runner counts an article after its commit and the after-commit listeners, so the batch
    // can read as finished a moment before the last counts land
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> first.processed() + second.processed() >= 2_000);
    assertThat(first.processed() + second.processed()).isEqualTo(2_000);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM articles WHERE batch_id = :batchId AND version = 1"
                        + " AND version_reason = 'GENERATED'")
                .param("batchId", batch.id())
                .query(Long.class)
                .single())
        .isEqualTo(2_000);
  }

  @Test
  void anArticleRegeneratedWhileTheCompletionCheckCommitsIsWrittenNotLeftInACompletedBatch()
      throws Exception {
    Batch batch = submit(1, i -> "regenerated at completion");
    ClaimedArticle article =
        claimNow(batch, "completion-node", Instant.now().plusSeconds(60)).getFirst();
    var written = new GeneratedArticle("Written", "written", "written", "# Written\n", 1);
    assertThat(claims.succeed(article, written, Instant.now())).isTrue();
    TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
    CountDownLatch checked = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    // the queue's completion check, held open after it completed the batch and before it commits
    Thread completion =
        Thread.ofPlatform()
            .start(
                () ->
                    transaction.executeWithoutResult(
                        status -> {
                          completeBatches();
                          checked.countDown();
                          awaitQuietly(commit);
                        }));
    assertThat(checked.await(30, TimeUnit.SECONDS)).isTrue();

    Thread regenerate = Thread.ofPlatform().start(() -> batches.regenerate(OWNER, article.id()));
    regenerate.join(500); // without the batch lock it finishes here, before the completion commits
    commit.countDown();
    completion.join(30_000);
    regenerate.join(30_000);

    assertThat(article(article.id()).status()).isEqualTo(ArticleState.QUEUED);
    assertThat(batches.findById(batch.id()).orElseThrow().status())
        .as("a batch with a queued article runs")
        .isEqualTo(BatchStatus.RUNNING);
  }

  @Test
  void aCancelThatMeetsAGroupOfResultsLockingTheOtherWayTriesAgainInsteadOfFailing()
      throws Exception {
    TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
    // a group commit updates several articles in one transaction, a cancel every unfinished one in
    // one statement: in the other order the database undoes one side (PostgreSQL: "deadlock
    // detected"). Whatever order the cancel takes its rows in, one of the two rounds meets it.
    for (int round = 0; round < 2; round++) {
      Batch batch = submit(2, i -> "locked the other way " + i);
      List<ClaimedArticle> claimed =
          transaction.execute(
              tx ->
                  claims.claim(
                      batch.id(), 2, "group-node", Instant.now(), Instant.now().plusSeconds(60)));
      UUID first = claimed.get(round).id();
      UUID second = claimed.get(1 - round).id();
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch cancelWaits = new CountDownLatch(1);
      Thread group =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      transaction.executeWithoutResult(
                          tx -> {
                            touch(first);
                            holding.countDown();
                            awaitQuietly(cancelWaits);
                            touch(second);
                          });
                    } catch (RuntimeException undone) {
                      // the database may undo this side instead: the queue stores it again
                    }
                  });
      assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
      var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
      try (executor) {
        var cancelled = executor.submit(() -> batches.cancel(OWNER, batch.id()));
        Thread.sleep(300); // the cancel now waits for the row the group holds
        cancelWaits.countDown();
        group.join(30_000);

        assertThat(cancelled.get(30, TimeUnit.SECONDS).status()).isEqualTo(BatchStatus.CANCELLED);
      }
      assertThat(article(first).status()).isEqualTo(ArticleState.CANCELLED);
      assertThat(article(second).status()).isEqualTo(ArticleState.CANCELLED);
    }
  }

  private void touch(UUID articleId) {
    jdbc.sql("UPDATE articles SET attempts = attempts WHERE id = :id")
        .param("id", articleId)
        .update();
  }

  @Test
  void anExpiredLeaseIsRescuedAndTheArticleIsWrittenByAnotherNode() {
    Batch batch = submit(1, i -> "rescued article");
    Instant now = Instant.now();
    List<ClaimedArticle> dead = claimNow(batch, "crashed-node", now.minusSeconds(1));
    assertThat(dead).hasSize(1);

    int rescued = claims.rescueExpired(Instant.now(), 3, Instant.now());

    assertThat(rescued).isEqualTo(1);
    assertThat(article(dead.getFirst().id()).status()).isEqualTo(ArticleState.QUEUED);
    startRunner("survivor", 2);
    awaitFinished(batch, Duration.ofSeconds(30));
    var finished = article(dead.getFirst().id());
    assertThat(finished.status()).isEqualTo(ArticleState.SUCCEEDED);
    assertThat(finished.attempts()).isEqualTo(2);
    completedWithRealCounts(batch);
  }

  @Test
  void anExpiredLeaseOnTheLastAttemptFailsTheArticleWithAVisibleError() {
    Batch batch = submit(1, i -> "exhausted article");
    UUID id = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      List<ClaimedArticle> claimed =
          claimNow(batch, "crashing-node", Instant.now().minusSeconds(1));
      id = claimed.getFirst().id();
      claims.rescueExpired(Instant.now(), 3, Instant.now());
    }
    var article = article(id);
    assertThat(article.status()).isEqualTo(ArticleState.FAILED);
    assertThat(article.attempts()).isEqualTo(3);
    assertThat(article.lastError()).contains("lease expired");
    completedWithRealCounts(batch);
  }

  @Test
  void resultsStoredTogetherAnswerEachForItselfAndOneTheDatabaseRefusesCostsTheOthersNothing()
      throws Exception {
    Batch batch = submit(5, i -> "stored together " + i);
    List<ClaimedArticle> claimed =
        context
            .getBean(TransactionTemplate.class)
            .execute(
                tx ->
                    claims.claim(
                        batch.id(), 5, "group-node", Instant.now(), Instant.now().plusSeconds(60)));
    assertThat(claimed).hasSize(5);
    ClaimedArticle first = claimed.get(0);
    ClaimedArticle lostItsLease =
        new ClaimedArticle(
            claimed.get(3).id(),
            claimed.get(3).batchId(),
            claimed.get(3).keyword(),
            claimed.get(3).overrides(),
            claimed.get(3).settings(),
            claimed.get(3).attempts(),
            UUID.randomUUID());
    GroupCommit group = new GroupCommit(claims);
    var written = new GeneratedArticle("Together", "together", "together", "# Together\n", 1);
    // a cost its column cannot hold: this one result is refused by the database
    var refused =
        new GeneratedArticle(
            "Refused",
            "refused",
            "refused",
            "# Refused\n",
            1,
            new com.bulkwriter.generation.TokenUsage(1, 1, new BigDecimal("1E12")));

    // another transaction holds the first article's row: its commit waits, and the results that
    // arrive meanwhile are stored together by the next commit
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder =
        Thread.ofPlatform()
            .start(
                () ->
                    context
                        .getBean(TransactionTemplate.class)
                        .executeWithoutResult(
                            tx -> {
                              jdbc.sql("UPDATE articles SET attempts = attempts WHERE id = :id")
                                  .param("id", first.id())
                                  .update();
                              held.countDown();
                              awaitQuietly(release);
                            }));
    assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
    var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
    try (executor) {
      var firstStored = executor.submit(() -> group.succeed(first, written, Instant.now()));
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> group.isCommitting() && group.waiting() == 0);
      var stored = executor.submit(() -> group.succeed(claimed.get(1), written, Instant.now()));
      var refusedOne = executor.submit(() -> group.succeed(claimed.get(2), refused, Instant.now()));
      var stale = executor.submit(() -> group.succeed(lostItsLease, written, Instant.now()));
      var last = executor.submit(() -> group.succeed(claimed.get(4), written, Instant.now()));
      await().atMost(Duration.ofSeconds(5)).until(() -> group.waiting() == 4);
      release.countDown();
      holder.join();

      assertThat(firstStored.get(10, TimeUnit.SECONDS)).isTrue();
      assertThat(stored.get(10, TimeUnit.SECONDS)).isTrue();
      assertThat(last.get(10, TimeUnit.SECONDS)).isTrue();
      assertThat(stale.get(10, TimeUnit.SECONDS)).isFalse();
      assertThatThrownBy(() -> refusedOne.get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(RuntimeException.class);
    }
    assertThat(article(claimed.get(1).id()).status()).isEqualTo(ArticleState.SUCCEEDED);
    assertThat(article(claimed.get(2).id()).status()).isEqualTo(ArticleState.RUNNING);
    assertThat(article(claimed.get(3).id()).status()).isEqualTo(ArticleState.RUNNING);
    assertThat(article(claimed.get(4).id()).status()).isEqualTo(ArticleState.SUCCEEDED);
  }

  @Test
  void anAnswerTheDatabaseRefusesFailsItsArticleWithTheReasonInsteadOfPayingForItAgain() {
    Batch batch = submit(2, i -> i == 1 ? "refused answer #costs-too-much" : "stored answer");
    startRunner("refusing-node", 2);

    awaitFinished(batch, Duration.ofSeconds(30));

    assertThat(counts(batch).succeeded()).isEqualTo(1);
    assertThat(counts(batch).failed()).isEqualTo(1);
    assertThat(scripted.calls("refused answer #costs-too-much")).isEqualTo(1);
    assertThat(page(batch, ArticleState.FAILED).getFirst().lastError())
        .startsWith("Failed: The answer could not be stored:");
  }

  @Test
  void aWorkerThatLostItsLeaseCannotOverwriteTheArticle() {
    Batch batch = submit(1, i -> "fenced article");
    ClaimedArticle stale = claimNow(batch, "slow-node", Instant.now().minusSeconds(1)).getFirst();
    claims.rescueExpired(Instant.now(), 3, Instant.now());
    ClaimedArticle current = claimNow(batch, "fast-node", Instant.now().plusSeconds(60)).getFirst();
    var staleResult = new GeneratedArticle("Stale", "stale", "stale", "# Stale\n", 1);
    var freshResult = new GeneratedArticle("Fresh", "fresh", "fresh", "# Fresh\n", 1);

    assertThat(claims.succeed(stale, staleResult, Instant.now())).isFalse();
    assertThat(claims.fail(stale, "late failure", Instant.now())).isFalse();
    assertThat(claims.succeed(current, freshResult, Instant.now())).isTrue();
    assertThat(article(current.id()).title()).isEqualTo("Fresh");
  }

  @Test
  void eachStoredResultIsOneVersionAndAStoreTriedAgainAddsNone() {
    Batch batch = submit(1, i -> "versioned article");
    ClaimedArticle first =
        claimNow(batch, "version-node", Instant.now().plusSeconds(60)).getFirst();
    var written = new GeneratedArticle("Written", "written", "written", "# Written\n", 1);

    assertThat(claims.succeed(first, written, Instant.now())).isTrue();
    // UntilStored tries again when it cannot tell whether a commit went through: the fence is
    // closed by then, so the result is not stored, nor versioned, twice
    assertThat(claims.succeed(first, written, Instant.now())).isFalse();
    batches.regenerate(OWNER, first.id());
    ClaimedArticle again =
        claimNow(batch, "version-node", Instant.now().plusSeconds(60)).getFirst();
    var rewritten = new GeneratedArticle("Rewritten", "rewritten", "again", "# Rewritten\n", 1);
    assertThat(claims.succeed(again, rewritten, Instant.now())).isTrue();

    assertThat(versions(first.id()))
        .containsExactly("1 GENERATED Written", "2 REGENERATED Rewritten");
    assertThat(article(first.id()).version()).isEqualTo(2);
  }

  @Test
  void heartbeatsKeepLeasesAliveSoTheRescuerLeavesLiveWorkAlone() {
    Batch batch = submit(1, i -> "long article");
    ClaimedArticle claimed = claimNow(batch, "busy-node", Instant.now().plusMillis(200)).getFirst();

    int extended = claims.heartbeat("busy-node", List.of(claimed), Instant.now().plusSeconds(60));
    int rescued = claims.rescueExpired(Instant.now().plusSeconds(1), 3, Instant.now());

    assertThat(extended).isEqualTo(1);
    assertThat(rescued).isZero();
    assertThat(article(claimed.id()).status()).isEqualTo(ArticleState.RUNNING);
  }

  @Test
  void theHeartbeatRenewsOnlyTheLeasesAWorkerStillHoldsSoAnAbandonedClaimIsRescued() {
    Batch batch = submit(2, i -> "half-held article " + i);
    Instant soon = Instant.now().plusMillis(200);
    ClaimedArticle held = claimNow(batch, "half-node", soon).getFirst();
    ClaimedArticle abandoned = claimNow(batch, "half-node", soon).getFirst();

    int renewed = claims.heartbeat("half-node", List.of(held), Instant.now().plusSeconds(60));
    int rescued = claims.rescueExpired(Instant.now().plusSeconds(1), 3, Instant.now());

    assertThat(renewed).isEqualTo(1);
    assertThat(rescued).isEqualTo(1);
    assertThat(article(held.id()).status()).isEqualTo(ArticleState.RUNNING);
    assertThat(article(abandoned.id()).status()).isEqualTo(ArticleState.QUEUED);
  }

  @Test
  void aPaidAnswerWhoseLeaseWasRescuedIsStoredWhileNobodyHasTakenTheArticleSince() {
    Batch batch = submit(1, i -> "answer after an outage");
    ClaimedArticle late = claimNow(batch, "cut-off-node", Instant.now().minusSeconds(1)).getFirst();
    claims.rescueExpired(Instant.now(), 3, Instant.now());
    var answer = new GeneratedArticle("Late but paid", "late", "late", "# Late but paid\n", 1);

    assertThat(claims.succeed(late, answer, Instant.now())).isTrue();

    var article = article(late.id());
    assertThat(article.status()).isEqualTo(ArticleState.SUCCEEDED);
    assertThat(article.title()).isEqualTo("Late but paid");
    assertThat(article.attempts()).isEqualTo(1);
    assertThat(claimNow(batch, "any-node", Instant.now().plusSeconds(60))).isEmpty();
  }

  @Test
  void aStaleAnswerIsNotStoredOverAnArticleTheUserAskedToRegenerate() {
    Batch batch = submit(1, i -> "regenerated meanwhile");
    ClaimedArticle stale = claimNow(batch, "stale-node", Instant.now().minusSeconds(1)).getFirst();
    claims.rescueExpired(Instant.now(), 3, Instant.now());
    ClaimedArticle fresh = claimNow(batch, "fresh-node", Instant.now().plusSeconds(60)).getFirst();
    claims.succeed(
        fresh, new GeneratedArticle("First", "first", "first", "# First\n", 1), Instant.now());
    batches.regenerate(OWNER, stale.id());

    var staleAnswer = new GeneratedArticle("Stale", "stale", "stale", "# Stale\n", 1);
    assertThat(claims.succeed(stale, staleAnswer, Instant.now())).isFalse();
    assertThat(article(stale.id()).status()).isEqualTo(ArticleState.QUEUED);
  }

  @Test
  void stoppingLetsArticlesInFlightFinishWithinTheGracePeriod() {
    scripted.delay(Duration.ofMillis(300));
    Batch batch = submit(2, i -> "finishing article " + i);
    QueueRunner runner = startRunner("finishing-node", 2, Duration.ofSeconds(10));
    await().atMost(Duration.ofSeconds(10)).until(() -> counts(batch).running() == 2);

    runner.stop();

    assertThat(counts(batch).succeeded()).isEqualTo(2);
    assertThat(page(batch, null)).allSatisfy(a -> assertThat(a.attempts()).isEqualTo(1));
  }

  @Test
  void retryableFailuresBackOffAndSucceedOnALaterAttempt() {
    Batch batch = submit(5, i -> "flaky #fail-once " + i);
    startRunner("retrier", 4);
    awaitFinished(batch, Duration.ofSeconds(30));
    assertThat(counts(batch).succeeded()).isEqualTo(5);
    assertThat(page(batch, null)).allSatisfy(a -> assertThat(a.attempts()).isEqualTo(2));
  }

  @Test
  void articlesFailAfterTheLastAttemptOrAtOnceOnAPermanentErrorKeepingTheError() {
    Batch batch = submit(2, i -> i == 1 ? "broken #fail-always" : "refused #permanent");
    startRunner("failer", 4);
    awaitFinished(batch, Duration.ofSeconds(30));
    var failed = page(batch, ArticleState.FAILED);
    assertThat(failed).hasSize(2);
    var broken = failed.stream().filter(a -> a.keyword().contains("always")).findFirst().get();
    var refused = failed.stream().filter(a -> a.keyword().contains("permanent")).findFirst().get();
    assertThat(broken.attempts()).isEqualTo(3);
    assertThat(broken.lastError()).contains("Failed after 3 attempts").contains("hiccup");
    assertThat(refused.attempts()).isEqualTo(1);
    assertThat(refused.lastError()).contains("refused");
  }

  @Test
  void retryFailedQueuesTheFailedArticlesAgainWithFreshAttempts() {
    Batch batch = submit(3, i -> i == 1 ? "will fail #permanent" : "fine " + i);
    QueueRunner runner = startRunner("retry-node", 4);
    awaitFinished(batch, Duration.ofSeconds(30));
    completeBatches();
    assertThat(batches.batch(OWNER, batch.id()).status()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(counts(batch).failed()).isEqualTo(1);

    Batch reopened = batches.retryFailed(OWNER, batch.id());

    assertThat(reopened.status()).isEqualTo(BatchStatus.RUNNING);
    Counts afterRetry = counts(batch); // one snapshot: the runner may claim it meanwhile
    assertThat(afterRetry.queued() + afterRetry.running() + afterRetry.failed()).isEqualTo(1);
    awaitFinished(batch, Duration.ofSeconds(30));
    assertThat(scripted.calls("will fail #permanent")).isEqualTo(2);
    // the worker counts an article after its outcome is stored, so the count may come a moment
    // after the state the wait above saw
    await().atMost(Duration.ofSeconds(5)).until(runner::processed, processed -> processed == 4L);
  }

  @Test
  void pauseStopsClaimingTheBatchAndResumeFinishesIt() throws InterruptedException {
    Batch batch = submit(50, i -> "paused " + i);
    batches.pause(OWNER, batch.id());
    startRunner("pause-node", 4);
    Thread.sleep(300);
    assertThat(counts(batch).queued()).isEqualTo(50);

    batches.resume(OWNER, batch.id());

    awaitFinished(batch, Duration.ofSeconds(30));
    assertThat(counts(batch).succeeded()).isEqualTo(50);
  }

  @Test
  void cancelMarksEveryUnfinishedArticleCancelledAndNothingMoreIsWritten()
      throws InterruptedException {
    scripted.delay(Duration.ofMillis(20));
    Batch batch = submit(200, i -> "cancelled " + i);
    startRunner("cancel-node", 2);
    await().atMost(Duration.ofSeconds(30)).until(() -> counts(batch).succeeded() >= 2);

    Batch cancelled = batches.cancel(OWNER, batch.id());

    assertThat(cancelled.status()).isEqualTo(BatchStatus.CANCELLED);
    Thread.sleep(200);
    Counts after = counts(batch);
    assertThat(after.queued() + after.running()).isZero();
    assertThat(after.cancelled()).isPositive();
    assertThat(after.succeeded() + after.cancelled()).isEqualTo(200);
    Thread.sleep(200);
    assertThat(counts(batch)).isEqualTo(after);
  }

  @Test
  void aSmallBatchSubmittedAfterALargeOneIsNotStuckBehindIt() {
    scripted.delay(Duration.ofMillis(2));
    Batch large = submit(2_000, i -> "large " + i);
    startRunner("fair-node", 4);
    await().atMost(Duration.ofSeconds(30)).until(() -> counts(large).succeeded() >= 20);

    Batch small = submit(10, i -> "small " + i);

    awaitFinished(small, Duration.ofSeconds(30));
    assertThat(counts(large).queued()).isGreaterThan(1_000);
  }

  @Test
  void aRateLimitedArticleGoesBackWithoutSpendingAnAttemptAndIsWrittenLater() {
    Batch batch = submit(3, i -> "busy #rate-limited-once " + i);
    startRunner("throttled-node", 4);
    awaitFinished(batch, Duration.ofSeconds(30));
    assertThat(counts(batch).succeeded()).isEqualTo(3);
    assertThat(page(batch, null)).allSatisfy(a -> assertThat(a.attempts()).isEqualTo(1));
    assertThat(page(batch, null))
        .allSatisfy(a -> assertThat(scripted.calls(a.keyword())).isEqualTo(2));
  }

  @Test
  void aFatalProviderErrorPausesTheBatchWithItsReasonInsteadOfFailingArticles() {
    scripted.rejectKey(true);
    Batch batch = submit(20, i -> "needs a key #fatal " + i);
    startRunner("fatal-node", 4);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                batches.batch(OWNER, batch.id()).status() == BatchStatus.PAUSED
                    && counts(batch).running() == 0);

    Batch paused = batches.batch(OWNER, batch.id());
    assertThat(paused.statusReason()).contains("API key rejected").contains("resume");
    assertThat(counts(batch).queued()).isEqualTo(20);
    assertThat(page(batch, null)).allSatisfy(a -> assertThat(a.attempts()).isZero());

    scripted.rejectKey(false);
    batches.resume(OWNER, batch.id());
    awaitFinished(batch, Duration.ofSeconds(30));
    assertThat(counts(batch).succeeded()).isEqualTo(20);
    assertThat(page(batch, null)).allSatisfy(a -> assertThat(a.attempts()).isEqualTo(1));
  }

  @Test
  void reachingTheBudgetCapPausesTheBatchWithTheReasonAndOnlyAHigherCapResumesIt() {
    Batch batch = submit(10, i -> "paid #costs-a-cent " + i, new BigDecimal("0.03"));
    startRunner("budget-node", 1);
    awaitPausedAndIdle(batch);

    Batch paused = batches.batch(OWNER, batch.id());
    assertThat(paused.statusReason())
        .startsWith("Budget reached: the batch has cost $0.03")
        .contains("settings.maxCostUsd = $0.03");
    assertThat(paused.usage().costUsd()).isEqualByComparingTo("0.03");
    assertThat(counts(batch).succeeded()).isEqualTo(3);
    assertThatThrownBy(() -> batches.resume(OWNER, batch.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("budget cap settings.maxCostUsd = $0.03");
    assertThat(counts(batch).queued()).isEqualTo(7);

    batches.resume(OWNER, batch.id(), new BigDecimal("0.05"));
    awaitPausedAndIdle(batch);
    assertThat(counts(batch).succeeded()).isEqualTo(5);

    batches.resume(OWNER, batch.id(), new BigDecimal("1"));
    awaitFinished(batch, Duration.ofSeconds(30));
    assertThat(counts(batch).succeeded()).isEqualTo(10);
    assertThat(batches.batch(OWNER, batch.id()).usage().costUsd()).isEqualByComparingTo("0.10");
  }

  @Test
  void shutdownHandsBackArticlesInFlightWithoutUsingAnAttempt() {
    Batch batch = submit(2, i -> "hung #hang " + i);
    QueueRunner runner = startRunner("leaving-node", 2, Duration.ofMillis(200));
    await().atMost(Duration.ofSeconds(10)).until(() -> counts(batch).running() == 2);

    runner.stop();

    Counts after = counts(batch);
    assertThat(after.queued()).isEqualTo(2);
    assertThat(page(batch, null)).allSatisfy(a -> assertThat(a.attempts()).isZero());
  }

  @Test
  void cancelAnnouncesItsArticlesMoveInOneEventForTheBatchNotOnePerArticle() {
    Batch batch = submit(300, i -> "bulk cancelled " + i);
    claimNow(batch, "busy-node", Instant.now().plusSeconds(60));

    batches.cancel(OWNER, batch.id());

    JsonNode moved = awaitMoves(batch, 1).getFirst();
    assertThat(moved.get("transition").asString()).isEqualTo("CANCEL");
    assertThat(moved.get("from").valueStream().map(JsonNode::asString))
        .containsExactly("QUEUED", "RUNNING");
    assertThat(moved.get("to").asString()).isEqualTo("CANCELLED");
    assertThat(moved.get("count").asInt()).isEqualTo(300);
    await().atMost(Duration.ofSeconds(60)).until(() -> kinds(batch).contains("NOTIFICATION"));
    // submitted, moved, cancelled (counts), cancelled (notification): a handful, not 300
    assertThat(kinds(batch)).hasSizeLessThan(10);
  }

  @Test
  void retryFailedAnnouncesTheFailedArticlesBackInTheQueueInOneEvent() {
    Batch batch = submit(3, i -> "refused again #permanent " + i);
    startRunner("retry-announcer", 4);
    awaitFinished(batch, Duration.ofSeconds(30));

    batches.retryFailed(OWNER, batch.id());

    JsonNode moved = awaitMoves(batch, 1).getFirst();
    assertThat(moved.get("transition").asString()).isEqualTo("RETRY_FAILED");
    assertThat(moved.get("from").valueStream().map(JsonNode::asString)).containsExactly("FAILED");
    assertThat(moved.get("to").asString()).isEqualTo("QUEUED");
    assertThat(moved.get("count").asInt()).isEqualTo(3);
  }

  @Test
  void theRescuerAnnouncesForEachBatchHowManyOfItsArticlesWentBackToTheQueue() {
    Batch first = submit(3, i -> "first rescued " + i);
    Batch second = submit(3, i -> "second rescued " + i);
    Instant expired = Instant.now().minusSeconds(1);
    claimNow(first, "crashed-node", expired);
    claimNow(first, "crashed-node", expired);
    claimNow(second, "crashed-node", expired);

    int rescued = claims.rescueExpired(Instant.now(), 3, Instant.now());

    assertThat(rescued).isEqualTo(3);
    JsonNode fromFirst = awaitMoves(first, 1).getFirst();
    JsonNode fromSecond = awaitMoves(second, 1).getFirst();
    assertThat(fromFirst.get("transition").asString()).isEqualTo("RESCUE");
    assertThat(fromFirst.get("to").asString()).isEqualTo("QUEUED");
    assertThat(fromFirst.get("count").asInt()).isEqualTo(2);
    assertThat(fromSecond.get("count").asInt()).isEqualTo(1);
  }

  @Test
  void articlesFailedByTheRescuerAreAnnouncedAsOneMoveAndOneFailureNotification() {
    Batch batch = submit(2, i -> "last chance " + i);
    claimNow(batch, "crashed-node", Instant.now().minusSeconds(1));
    claimNow(batch, "crashed-node", Instant.now().minusSeconds(1));

    claims.rescueExpired(Instant.now(), 1, Instant.now());

    JsonNode moved = awaitMoves(batch, 1).getFirst();
    assertThat(moved.get("transition").asString()).isEqualTo("FAIL");
    assertThat(moved.get("to").asString()).isEqualTo("FAILED");
    assertThat(moved.get("count").asInt()).isEqualTo(2);
    JsonNode notice =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> events(batch, "NOTIFICATION"), notices -> !notices.isEmpty())
            .getFirst();
    assertThat(notice.get("notification").get("type").asString()).isEqualTo("ARTICLES_FAILED");
    assertThat(notice.get("notification").get("count").asInt()).isEqualTo(2);
  }

  @Test
  void aNodeHandingBackItsArticlesAtShutdownAnnouncesHowManyPerBatch() {
    Batch batch = submit(4, i -> "handed back " + i);
    for (int i = 0; i < 3; i++) {
      claimNow(batch, "leaving-node", Instant.now().plusSeconds(60));
    }

    int released = claims.release("leaving-node", Instant.now());

    assertThat(released).isEqualTo(3);
    JsonNode moved = awaitMoves(batch, 1).getFirst();
    assertThat(moved.get("transition").asString()).isEqualTo("RELEASE");
    assertThat(moved.get("from").valueStream().map(JsonNode::asString)).containsExactly("RUNNING");
    assertThat(moved.get("to").asString()).isEqualTo("QUEUED");
    assertThat(moved.get("count").asInt()).isEqualTo(3);
  }

  // --- helpers

  protected Batch submit(int size, IntFunction<String> keyword) {
    return submit(size, keyword, null);
  }

  protected Batch submit(int size, IntFunction<String> keyword, BigDecimal maxCostUsd) {
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode body = json.createObjectNode();
    body.put("name", "queue test");
    ObjectNode settings =
        body.putObject("settings").put("provider", ScriptedGenerator.NAME).put("wordCount", 100);
    if (maxCostUsd != null) {
      settings.put("maxCostUsd", maxCostUsd);
    }
    var items = body.putArray("items");
    for (int i = 1; i <= size; i++) {
      items.add(keyword.apply(i));
    }
    return batches.submitJson(OWNER, body, null).batch();
  }

  protected QueueRunner startRunner(String node, int maxInFlight) {
    return startRunner(node, maxInFlight, Duration.ofSeconds(10));
  }

  private QueueRunner startRunner(String node, int maxInFlight, Duration shutdownGrace) {
    QueueProperties base = context.getBean(QueueProperties.class);
    QueueProperties properties =
        new QueueProperties(
            true,
            node,
            maxInFlight,
            base.pollInterval(),
            base.leaseDuration(),
            base.heartbeatInterval(),
            base.rescueInterval(),
            base.completionInterval(),
            base.maxAttempts(),
            base.backoffBase(),
            base.backoffMax(),
            shutdownGrace);
    ArticleWorker worker =
        new ArticleWorker(
            context.getBean(com.bulkwriter.generation.Providers.class),
            claims,
            new GroupCommit(claims),
            context.getBean(com.bulkwriter.batch.BatchControl.class),
            context.getBean(com.bulkwriter.batch.SettingsJson.class),
            properties,
            context.getBean(Backoff.class),
            context.getBean(QueueMetrics.class),
            context,
            Clock.systemUTC());
    QueueRunner runner =
        new QueueRunner(
            claims,
            worker,
            context.getBean(com.bulkwriter.generation.Providers.class),
            context.getBean(QueueMetrics.class),
            new HeldClaims(),
            properties,
            context.getBean(TransactionTemplate.class),
            Clock.systemUTC());
    runner.start();
    runners.add(runner);
    return runner;
  }

  private List<ClaimedArticle> claimNow(Batch batch, String node, Instant leaseExpires) {
    return context
        .getBean(TransactionTemplate.class)
        .execute(tx -> claims.claim(batch.id(), 1, node, Instant.now(), leaseExpires));
  }

  /** The batch's stored live events of one kind, in order. */
  private List<JsonNode> events(Batch batch, String kind) {
    JsonMapper json = JsonMapper.builder().build();
    return context.getBean(EventLog.class).after(batch.id(), 0).stream()
        .map(json::readTree)
        .filter(event -> kind.equals(event.get("kind").asString()))
        .toList();
  }

  private List<String> kinds(Batch batch) {
    JsonMapper json = JsonMapper.builder().build();
    return context.getBean(EventLog.class).after(batch.id(), 0).stream()
        .map(payload -> json.readTree(payload).get("kind").asString())
        .toList();
  }

  /** Waits for {@code count} ARTICLES_MOVED events of the batch; returns their bodies. */
  private List<JsonNode> awaitMoves(Batch batch, int count) {
    // generous: a test before may have left thousands of live events for the writer to store
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> events(batch, "ARTICLES_MOVED"), moves -> moves.size() >= count)
        .stream()
        .map(event -> event.get("moved"))
        .toList();
  }

  private void completeBatches() {
    context.getBean(BatchCompletion.class).completeFinishedBatches();
  }

  /**
   * Completes the finished batch as the queue's maintenance does; the counts it then keeps on its
   * row (which the batches list shows) are its articles' real counts.
   */
  private void completedWithRealCounts(Batch batch) {
    completeBatches();
    assertThat(batches.batch(OWNER, batch.id()).status()).isEqualTo(BatchStatus.COMPLETED);
    Map<ArticleState, Integer> real = new EnumMap<>(ArticleState.class);
    for (ArticleState state : ArticleState.values()) {
      real.put(state, 0);
    }
    jdbc.sql("SELECT status, count(*) AS n FROM articles WHERE batch_id = :id GROUP BY status")
        .param("id", batch.id())
        .query(
            (java.sql.ResultSet rs) -> {
              real.put(ArticleState.valueOf(rs.getString("status")), rs.getInt("n"));
            });
    Counts kept = counts(batch);
    assertThat(
            Map.of(
                ArticleState.QUEUED, kept.queued(),
                ArticleState.RUNNING, kept.running(),
                ArticleState.SUCCEEDED, kept.succeeded(),
                ArticleState.FAILED, kept.failed(),
                ArticleState.CANCELLED, kept.cancelled()))
        .isEqualTo(real);
  }

  protected Counts counts(Batch batch) {
    return batches.counts(batch);
  }

  private void awaitPausedAndIdle(Batch batch) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                batches.batch(OWNER, batch.id()).status() == BatchStatus.PAUSED
                    && counts(batch).running() == 0);
  }

  private void awaitFinished(Batch batch, Duration timeout) {
    await()
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              Counts counts = counts(batch);
              return counts.queued() + counts.running() == 0;
            });
  }

  private List<com.bulkwriter.batch.internal.ArticleRow> page(Batch batch, ArticleState status) {
    return batches
        .articles(OWNER, batch.id(), status, new com.bulkwriter.support.PageRequest(0, 500))
        .content();
  }

  /** The article's stored versions as "number reason title", oldest first. */
  private List<String> versions(UUID articleId) {
    // copy-on-write: the replaced versions are stored, the current one is the article row
    return jdbc.sql(
            "SELECT version, reason, title FROM article_versions WHERE article_id = :id"
                + " UNION ALL SELECT version, version_reason, title FROM articles"
                + " WHERE id = :id AND status = 'SUCCEEDED' ORDER BY version")
        .param("id", articleId)
        .query((rs, n) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3))
        .list();
  }

  private com.bulkwriter.batch.internal.Article article(UUID id) {
    return batches.article(OWNER, id);
  }
}
