package com.bulkwriter.progress.internal;

import com.bulkwriter.batch.ArticleChanged;
import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.BatchChanged;
import com.bulkwriter.batch.BatchStatus;
import com.bulkwriter.queue.ArticleProgressed;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The articles being written and how far each has got, behind {@code ARTICLE_PROGRESS} events. A
 * provider reports many times a second per article; the latest figure of each article is kept and a
 * batch's figures are sent together, at most once per interval per batch, however many articles it
 * has running. Figures count only while their article is RUNNING: when it leaves RUNNING they are
 * dropped, and a report that comes later is ignored, so a finished article's bar never comes back.
 * Used by the live-events thread only.
 */
final class RunningArticles {

  /** Sends one batch's coalesced figures as an event. */
  @FunctionalInterface
  interface Sender {
    void send(UUID batchId, List<LiveEvent.ArticleProgress> articles, Instant now);
  }

  private final Duration interval;

  /** Article being written → its batch. */
  private final Map<UUID, UUID> running = new HashMap<>();

  /** Batch → the latest figure of each article reported since the batch's last event. */
  private final Map<UUID, Map<UUID, LiveEvent.ArticleProgress>> reported = new LinkedHashMap<>();

  private final Map<UUID, Instant> lastSent = new HashMap<>();

  RunningArticles(Duration interval) {
    this.interval = interval;
  }

  /** An article started (figures may come) or left RUNNING (its figures are void). */
  void changed(ArticleChanged changed) {
    Map<UUID, LiveEvent.ArticleProgress> figures = reported.get(changed.batchId());
    if (figures != null && figures.remove(changed.articleId()) != null && figures.isEmpty()) {
      reported.remove(changed.batchId());
    }
    if (changed.status() == ArticleState.RUNNING) {
      running.put(changed.articleId(), changed.batchId());
    } else {
      running.remove(changed.articleId());
    }
  }

  void progressed(ArticleProgressed progressed) {
    if (!progressed.batchId().equals(running.get(progressed.articleId()))) {
      return;
    }
    reported
        .computeIfAbsent(progressed.batchId(), id -> new LinkedHashMap<>())
        .put(
            progressed.articleId(),
            new LiveEvent.ArticleProgress(
                progressed.articleId(), progressed.wordsWritten(), progressed.targetWords()));
  }

  /**
   * A cancelled batch's articles stop without an event each, and a finished one has none running:
   * both are forgotten. A paused batch's running articles finish, so they are kept.
   */
  void batchChanged(BatchChanged changed) {
    if (changed.status() == BatchStatus.CANCELLED || changed.status() == BatchStatus.COMPLETED) {
      reported.remove(changed.batchId());
      lastSent.remove(changed.batchId());
      running.values().removeIf(changed.batchId()::equals);
    }
  }

  /** Sends the figures of every batch whose interval has passed, or of all of them. */
  void flush(Instant now, boolean all, Sender sender) {
    for (Iterator<Map.Entry<UUID, Map<UUID, LiveEvent.ArticleProgress>>> batches =
            reported.entrySet().iterator();
        batches.hasNext(); ) {
      Map.Entry<UUID, Map<UUID, LiveEvent.ArticleProgress>> batch = batches.next();
      Instant last = lastSent.get(batch.getKey());
      if (!all && last != null && last.plus(interval).isAfter(now)) {
        continue;
      }
      batches.remove();
      lastSent.put(batch.getKey(), now);
      sender.send(batch.getKey(), List.copyOf(batch.getValue().values()), now);
    }
  }
}
