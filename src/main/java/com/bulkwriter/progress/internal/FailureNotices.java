package com.bulkwriter.progress.internal;

import com.bulkwriter.batch.BatchProgress;
import com.bulkwriter.progress.internal.LiveEvent.Notification;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Failed articles are told in groups: one {@code ARTICLES_FAILED} notification per batch per {@code
 * failure-interval}, counting the failures since the previous one, so a provider outage that fails
 * 300 articles makes one toast, not 300. Used by the live-events thread only.
 */
final class FailureNotices {

  private final Duration interval;
  private final EventWriter writer;
  private final Map<UUID, Integer> failures = new LinkedHashMap<>();
  private final Map<UUID, Instant> lastNotice = new HashMap<>();

  FailureNotices(Duration interval, EventWriter writer) {
    this.interval = interval;
    this.writer = writer;
  }

  /** Counts {@code count} more failed articles of the batch towards its next notification. */
  void failed(UUID batchId, int count) {
    failures.merge(batchId, count, Integer::sum);
  }

  /** Batches with failures not told yet. */
  List<UUID> waiting() {
    return List.copyOf(failures.keySet());
  }

  /**
   * Tells the batch's failures since the last notification, unless one went out less than an
   * interval ago (or {@code force}).
   */
  void announce(BatchProgress.Snapshot batch, Instant now, boolean force) {
    Integer count = failures.get(batch.id());
    if (count == null) {
      return;
    }
    Instant last = lastNotice.get(batch.id());
    if (!force && last != null && last.plus(interval).isAfter(now)) {
      return;
    }
    failures.remove(batch.id());
    lastNotice.put(batch.id(), now);
    String what = count == 1 ? "1 article" : count + " articles";
    var notice =
        new Notification(
            Notification.Type.ARTICLES_FAILED,
            batch.name(),
            "%s of %s failed".formatted(what, batch.name()),
            count);
    writer.write(
        batch.id(),
        batch.owner(),
        LiveEvent.Kind.NOTIFICATION,
        now,
        event -> event.withNotification(notice));
  }

  void forget(UUID batchId) {
    lastNotice.remove(batchId);
  }
}
