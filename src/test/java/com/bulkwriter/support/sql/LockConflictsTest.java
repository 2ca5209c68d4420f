package com.bulkwriter.support.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

class LockConflictsTest {

  @Test
  void aTransactionUndoneForALockConflictRunsAgain() {
    AtomicInteger runs = new AtomicInteger();

    String result =
        LockConflicts.retried(
            () -> {
              if (runs.incrementAndGet() < LockConflicts.ATTEMPTS) {
                throw new CannotAcquireLockException("deadlock detected");
              }
              return "stored";
            });

    assertThat(result).isEqualTo("stored");
    assertThat(runs).hasValue(LockConflicts.ATTEMPTS);
  }

  @Test
  void afterTheLastAttemptTheConflictIsThrown() {
    var conflict = new CannotAcquireLockException("deadlock detected");

    assertThat(runsUntilThrown(conflict)).isEqualTo(LockConflicts.ATTEMPTS);
  }

  @Test
  void anyOtherFailureIsThrownAtOnce() {
    var refused = new DataIntegrityViolationException("value too long");

    assertThat(runsUntilThrown(refused)).isEqualTo(1);
  }

  /** How often a transaction that always fails with {@code failure} ran before it was thrown. */
  private static int runsUntilThrown(RuntimeException failure) {
    AtomicInteger runs = new AtomicInteger();
    assertThatThrownBy(
            () ->
                LockConflicts.retried(
                    () -> {
                      runs.incrementAndGet();
                      throw failure;
                    }))
        .isSameAs(failure);
    return runs.get();
  }
}
