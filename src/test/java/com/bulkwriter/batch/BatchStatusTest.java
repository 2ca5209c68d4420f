package com.bulkwriter.batch;

import static com.bulkwriter.batch.BatchStatus.CANCELLED;
import static com.bulkwriter.batch.BatchStatus.COMPLETED;
import static com.bulkwriter.batch.BatchStatus.PAUSED;
import static com.bulkwriter.batch.BatchStatus.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchStatusTest {

  @Test
  void aRunningBatchMayBePausedCancelledOrCompleted() {
    assertThat(targetsOf(RUNNING)).containsExactlyInAnyOrder(PAUSED, CANCELLED, COMPLETED);
  }

  @Test
  void aPausedBatchMayBeResumedOrCancelledButNotCompleted() {
    assertThat(targetsOf(PAUSED)).containsExactlyInAnyOrder(RUNNING, CANCELLED);
  }

  @Test
  void aCompletedBatchMayOnlyRunAgain() {
    assertThat(targetsOf(COMPLETED)).containsExactly(RUNNING);
  }

  @Test
  void aCancelledBatchIsFinal() {
    assertThat(targetsOf(CANCELLED)).isEmpty();
  }

  @Test
  void noStatusMovesToItself() {
    for (BatchStatus status : BatchStatus.values()) {
      assertThat(status.canMoveTo(status)).as("%s -> %s", status, status).isFalse();
    }
  }

  private static Set<BatchStatus> targetsOf(BatchStatus from) {
    Set<BatchStatus> targets = EnumSet.noneOf(BatchStatus.class);
    for (BatchStatus to : BatchStatus.values()) {
      if (from.canMoveTo(to)) {
        targets.add(to);
      }
    }
    return targets;
  }
}
