package com.bulkwriter.progress.internal;

import com.bulkwriter.batch.BatchChanged;
import com.bulkwriter.batch.BatchProgress;
import com.bulkwriter.progress.internal.LiveEvent.Notification;

/** What to tell a batch's owner when its status changes. */
final class StatusNotices {

  /** Pauses a person chose need no notification; every other pause has a reason to act on. */
  private static final String PAUSED_BY_USER = "paused by the user";

  private StatusNotices() {}

  /** The notification for the change, or {@code null} when there is nothing to tell. */
  static Notification of(BatchChanged changed, BatchProgress.Snapshot batch) {
    return switch (changed.status()) {
      case COMPLETED ->
          new Notification(
              Notification.Type.BATCH_FINISHED,
              batch.name(),
              "%s is finished: %d written, %d failed"
                  .formatted(batch.name(), batch.succeeded(), batch.failed()),
              batch.succeeded());
      case PAUSED ->
          PAUSED_BY_USER.equals(changed.reason())
              ? null
              : new Notification(
                  Notification.Type.BATCH_PAUSED,
                  batch.name(),
                  "%s is paused: %s".formatted(batch.name(), changed.reason()),
                  0);
      case CANCELLED ->
          new Notification(
              Notification.Type.BATCH_CANCELLED,
              batch.name(),
              batch.name() + " is cancelled",
              batch.cancelled());
      case RUNNING -> null;
    };
  }
}
