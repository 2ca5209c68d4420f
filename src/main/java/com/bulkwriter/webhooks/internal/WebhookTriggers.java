package com.bulkwriter.webhooks.internal;

import com.bulkwriter.batch.BatchChanged;
import com.bulkwriter.batch.BatchProgress;
import com.bulkwriter.export.ExportChanged;
import com.bulkwriter.publishing.ArticlePublished;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Turns other modules' published events into webhook events, after their change is stored. */
@Component
class WebhookTriggers {

  private static final Logger log = LoggerFactory.getLogger(WebhookTriggers.class);

  private final WebhookOutbox outbox;
  private final BatchProgress batches;

  WebhookTriggers(WebhookOutbox outbox, BatchProgress batches) {
    this.outbox = outbox;
    this.batches = batches;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(BatchChanged changed) {
    EventType type =
        switch (changed.status()) {
          case COMPLETED -> EventType.BATCH_COMPLETED;
          case PAUSED -> EventType.BATCH_PAUSED;
          default -> null;
        };
    if (type == null) {
      return;
    }
    safely(
        type,
        () -> {
          Map<String, Object> data = new LinkedHashMap<>();
          data.put("batchId", changed.batchId());
          data.put("status", changed.status().name());
          data.put("reason", changed.reason());
          batches
              .of(changed.batchId())
              .ifPresent(
                  batch -> {
                    data.put("name", batch.name());
                    data.put("total", batch.total());
                    data.put("succeeded", batch.succeeded());
                    data.put("failed", batch.failed());
                    data.put("cancelled", batch.cancelled());
                  });
          outbox.enqueue(changed.owner(), type, data);
        });
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ArticlePublished published) {
    safely(
        EventType.ARTICLE_PUBLISHED,
        () -> {
          Map<String, Object> data = new LinkedHashMap<>();
          data.put("articleId", published.articleId());
          data.put("batchId", published.batchId());
          data.put("siteId", published.siteId());
          data.put("postId", published.postId());
          data.put("link", published.link());
          data.put("status", published.status());
          data.put("created", published.created());
          outbox.enqueue(published.owner(), EventType.ARTICLE_PUBLISHED, data);
        });
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ExportChanged changed) {
    if (changed.status() != ExportChanged.Status.SUCCEEDED) {
      return;
    }
    safely(
        EventType.EXPORT_READY,
        () -> {
          Map<String, Object> data = new LinkedHashMap<>();
          data.put("exportId", changed.exportId());
          data.put("fileName", changed.fileName());
          data.put("sizeBytes", changed.sizeBytes());
          data.put("articles", changed.total());
          data.put("downloadUrl", changed.downloadUrl());
          outbox.enqueue(changed.owner(), EventType.EXPORT_READY, data);
        });
  }

  /** A webhook that cannot be queued must not fail the change that caused it. */
  private static void safely(EventType type, Runnable enqueue) {
    try {
      enqueue.run();
    } catch (RuntimeException e) {
      log.warn("Could not queue the webhook event {}", type.key(), e);
    }
  }
}
