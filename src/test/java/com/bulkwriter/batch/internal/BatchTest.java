package com.bulkwriter.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bulkwriter.batch.BatchSettings;
import com.bulkwriter.batch.BatchStatus;
import com.bulkwriter.support.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class BatchTest {

  private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000042");
  private static final Instant CREATED = Instant.parse("2025-01-01T10:00:00Z");
  private static final Instant EARLIER = Instant.parse("2025-01-01T10:05:00Z");
  private static final Instant NOW = Instant.parse("2025-01-01T11:00:00Z");
  private static final BatchSettings SETTINGS =
      new BatchSettings(
          "offline",
          "draft-1",
          "en",
          "professional",
          800,
          null,
          "second-person",
          false,
          null,
          null,
          List.of(),
          List.of(),
          "realtime");

  @Test
  void anArchivedBatchStaysArchivedThroughItsStatusChanges() {
    Batch running = batch(BatchStatus.RUNNING);
    Batch archived =
        new Batch(
            running.id(),
            running.owner(),
            running.name(),
            running.status(),
            null,
            running.settings(),
            running.total(),
            null,
            null,
            CREATED,
            EARLIER,
            null,
            running.usage(),
            EARLIER);

    Batch paused = archived.pause("paused by the user", NOW);

    assertThat(paused.archivedAt()).isEqualTo(EARLIER);
    assertThat(paused.resume(NOW).archivedAt()).isEqualTo(EARLIER);
    assertThat(paused.cancel(NOW).archivedAt()).isEqualTo(EARLIER);
  }

  @Test
  void pausingARunningBatchRecordsTheReasonAndTime() {
    Batch paused = batch(BatchStatus.RUNNING).pause("provider quota reached", NOW);

    assertThat(paused.status()).isEqualTo(BatchStatus.PAUSED);
    assertThat(paused.statusReason()).isEqualTo("provider quota reached");
    assertThat(paused.updatedAt()).isEqualTo(NOW);
    assertThat(paused.finishedAt()).isNull();
    assertUnchangedIdentity(paused);
  }

  @Test
  void pauseIsRefusedUnlessTheBatchIsRunning() {
    assertConflict(
        () -> batch(BatchStatus.PAUSED).pause("again", NOW), "is paused and cannot be paused");
    assertConflict(
        () -> batch(BatchStatus.COMPLETED).pause("late", NOW), "is completed and cannot be paused");
    assertConflict(
        () -> batch(BatchStatus.CANCELLED).pause("late", NOW), "is cancelled and cannot be paused");
  }

  @Test
  void resumingAPausedBatchRunsItAgainAndClearsTheReason() {
    Batch paused = batch(BatchStatus.PAUSED, "paused by the user", null);

    Batch resumed = paused.resume(NOW);

    assertThat(resumed.status()).isEqualTo(BatchStatus.RUNNING);
    assertThat(resumed.statusReason()).isNull();
    assertThat(resumed.updatedAt()).isEqualTo(NOW);
    assertThat(resumed.finishedAt()).isNull();
    assertUnchangedIdentity(resumed);
  }

  @Test
  void aBatchPausedAtItsBudgetCapResumesOnlyWithAHigherCap() {
    Batch atCap = costing("0.03", "0.0312", BatchStatus.PAUSED);

    assertThatThrownBy(() -> atCap.resume(NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("has cost $0.0312, which reaches its budget cap")
        .hasMessageContaining("settings.maxCostUsd = $0.03;");
    assertThatThrownBy(() -> atCap.resume(new BigDecimal("0.031"), NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("resume it with a higher cap");
    Batch resumed = atCap.resume(new BigDecimal("0.10"), NOW);

    assertThat(resumed.status()).isEqualTo(BatchStatus.RUNNING);
    assertThat(resumed.settings().maxCostUsd()).isEqualByComparingTo("0.10");
    assertThat(costing("0.05", "0.0312", BatchStatus.PAUSED).resume(NOW).settings().maxCostUsd())
        .isEqualByComparingTo("0.05");
  }

  @Test
  void aRunningBatchIsOverBudgetOnlyOnceItsCostReachesTheCap() {
    assertThat(costing("0.03", "0.0299", BatchStatus.RUNNING).runningOverBudget()).isFalse();
    assertThat(costing("0.03", "0.03", BatchStatus.RUNNING).runningOverBudget()).isTrue();
    assertThat(costing("0.03", "0.05", BatchStatus.PAUSED).runningOverBudget()).isFalse();
    assertThat(batch(BatchStatus.RUNNING).runningOverBudget()).isFalse();

    Batch paused = costing("0.03", "0.0312", BatchStatus.RUNNING).pauseForBudget(NOW);
    assertThat(paused.status()).isEqualTo(BatchStatus.PAUSED);
    assertThat(paused.statusReason())
        .startsWith("Budget reached: the batch has cost $0.0312 of its cap settings.maxCostUsd")
        .contains("resume?maxCostUsd=");
  }

  @Test
  void resumeIsRefusedUnlessTheBatchIsPausedEvenForACompletedOne() {
    assertConflict(
        () -> batch(BatchStatus.RUNNING).resume(NOW), "is running and cannot be resumed");
    assertConflict(
        () -> batch(BatchStatus.COMPLETED).resume(NOW), "is completed and cannot be resumed");
    assertConflict(
        () -> batch(BatchStatus.CANCELLED).resume(NOW), "is cancelled and cannot be resumed");
  }

  @Test
  void cancelIsAllowedFromRunningAndPausedAndMarksTheBatchFinished() {
    for (BatchStatus from : new BatchStatus[] {BatchStatus.RUNNING, BatchStatus.PAUSED}) {
      Batch cancelled = batch(from).cancel(NOW);

      assertThat(cancelled.status()).as("cancel from %s", from).isEqualTo(BatchStatus.CANCELLED);
      assertThat(cancelled.statusReason()).isEqualTo("cancelled by the user");
      assertThat(cancelled.updatedAt()).isEqualTo(NOW);
      assertThat(cancelled.finishedAt()).isEqualTo(NOW);
      assertUnchangedIdentity(cancelled);
    }
  }

  @Test
  void cancelIsRefusedForCompletedAndCancelledBatches() {
    assertConflict(
        () -> batch(BatchStatus.COMPLETED).cancel(NOW), "is completed and cannot be cancelled");
    assertConflict(
        () -> batch(BatchStatus.CANCELLED).cancel(NOW), "is cancelled and cannot be cancelled");
  }

  @Test
  void reopeningACompletedBatchRunsItAgainAndClearsItsFinishTime() {
    Batch completed = batch(BatchStatus.COMPLETED, null, EARLIER);

    Batch reopened = completed.reopen(NOW);

    assertThat(reopened.status()).isEqualTo(BatchStatus.RUNNING);
    assertThat(reopened.statusReason()).isNull();
    assertThat(reopened.updatedAt()).isEqualTo(NOW);
    assertThat(reopened.finishedAt()).isNull();
    assertUnchangedIdentity(reopened);
  }

  @Test
  void reopeningARunningOrPausedBatchKeepsItAsItIs() {
    Batch running = batch(BatchStatus.RUNNING);
    Batch paused = batch(BatchStatus.PAUSED, "paused by the user", null);

    assertThat(running.reopen(NOW)).isSameAs(running);
    assertThat(paused.reopen(NOW)).isSameAs(paused);
  }

  @Test
  void reopeningACancelledBatchIsRefusedBecauseItsArticlesCannotBeRetried() {
    Batch cancelled = batch(BatchStatus.CANCELLED, "cancelled by the user", EARLIER);

    assertThatThrownBy(() -> cancelled.reopen(NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Batch " + ID + " is cancelled; its articles cannot be retried");
    assertThatThrownBy(() -> cancelled.reopen(NOW, "regenerated"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Batch " + ID + " is cancelled; its articles cannot be regenerated");
  }

  @Test
  void guardedMethodsNeverChangeTheBatchTheyAreCalledOn() {
    Batch running = batch(BatchStatus.RUNNING);

    running.pause("reason", NOW);
    running.cancel(NOW);

    assertThat(running.status()).isEqualTo(BatchStatus.RUNNING);
    assertThat(running.updatedAt()).isEqualTo(EARLIER);
  }

  private static void assertConflict(ThrowingCallable call, String expected) {
    assertThatThrownBy(call)
        .isInstanceOf(ConflictException.class)
        .hasMessage("Batch " + ID + " " + expected);
  }

  private static void assertUnchangedIdentity(Batch batch) {
    assertThat(batch.id()).isEqualTo(ID);
    assertThat(batch.owner()).isEqualTo("alice");
    assertThat(batch.name()).isEqualTo("garden tips and 2 more");
    assertThat(batch.settings()).isEqualTo(SETTINGS);
    assertThat(batch.total()).isEqualTo(3);
    assertThat(batch.idempotencyKey()).isEqualTo("key-1");
    assertThat(batch.requestHash()).isEqualTo("hash-1");
    assertThat(batch.createdAt()).isEqualTo(CREATED);
  }

  private static Batch costing(String cap, String spent, BatchStatus status) {
    return new Batch(
        ID,
        "alice",
        "garden tips and 2 more",
        status,
        null,
        SETTINGS.withMaxCostUsd(new BigDecimal(cap)),
        3,
        "key-1",
        "hash-1",
        CREATED,
        EARLIER,
        null,
        new com.bulkwriter.generation.TokenUsage(100, 200, new BigDecimal(spent)),
        null);
  }

  private static Batch batch(BatchStatus status) {
    return batch(status, null, status == BatchStatus.CANCELLED ? EARLIER : null);
  }

  private static Batch batch(BatchStatus status, String reason, Instant finishedAt) {
    return new Batch(
        ID,
        "alice",
        "garden tips and 2 more",
        status,
        reason,
        SETTINGS,
        3,
        "key-1",
        "hash-1",
        CREATED,
        EARLIER,
        finishedAt,
        com.bulkwriter.generation.TokenUsage.NONE,
        null);
  }
}
