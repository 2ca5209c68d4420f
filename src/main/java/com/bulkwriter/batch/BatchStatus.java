package com.bulkwriter.batch;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a batch is. The queue only claims articles of RUNNING batches.
 *
 * <pre>
 * RUNNING   -> PAUSED (pause), CANCELLED (cancel), COMPLETED (nothing left to do)
 * PAUSED    -> RUNNING (resume), CANCELLED (cancel)
 * COMPLETED -> RUNNING (retry failed)
 * CANCELLED -> (final)
 * </pre>
 */
public enum BatchStatus {
  RUNNING,
  PAUSED,
  CANCELLED,
  COMPLETED;

  private static final Map<BatchStatus, Set<BatchStatus>> NEXT =
      Map.of(
          RUNNING, EnumSet.of(PAUSED, CANCELLED, COMPLETED),
          PAUSED, EnumSet.of(RUNNING, CANCELLED),
          COMPLETED, EnumSet.of(RUNNING),
          CANCELLED, EnumSet.noneOf(BatchStatus.class));

  /**
   * Whether the batch is done (completed or cancelled): none of its articles changes state until
   * something moves it out again (retry failed, regenerate) or deletes some of them.
   */
  public boolean isFinished() {
    return this == COMPLETED || this == CANCELLED;
  }

  public boolean canMoveTo(BatchStatus target) {
    return NEXT.get(this).contains(target);
  }
}
