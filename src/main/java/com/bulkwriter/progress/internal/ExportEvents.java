package com.bulkwriter.progress.internal;

import com.bulkwriter.export.ExportChanged;
import java.util.Locale;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends an export's changes to its owner's subscribers on this node: every change to {@code
 * /user/queue/exports}, and "ready" or "failed" to {@code /user/queue/notifications} as well.
 * {@link OwnerRelay} brings the changes of exports built on other nodes.
 */
@Component
class ExportEvents {

  static final String EXPORTS = "/queue/exports";

  /** The same destination as the batches' notifications: one place for every toast. */
  static final String NOTIFICATIONS = "/queue/notifications";

  private final SimpMessageSendingOperations messages;
  private final JsonMapper json;

  ExportEvents(SimpMessageSendingOperations messages, JsonMapper json) {
    this.messages = messages;
    this.json = json;
  }

  void deliver(ExportChanged changed) {
    ExportEvent.ExportState state = ExportEvent.ExportState.of(changed);
    messages.convertAndSendToUser(
        changed.owner(),
        EXPORTS,
        json.writeValueAsString(
            new ExportEvent(ExportEvent.Kind.EXPORT_UPDATED, changed.at(), state, null)));
    ExportEvent.Notice notice = notice(changed);
    if (notice != null) {
      messages.convertAndSendToUser(
          changed.owner(),
          NOTIFICATIONS,
          json.writeValueAsString(
              new ExportEvent(ExportEvent.Kind.NOTIFICATION, changed.at(), state, notice)));
    }
  }

  private static ExportEvent.Notice notice(ExportChanged changed) {
    String articles = changed.total() == 1 ? "1 article" : changed.total() + " articles";
    return switch (changed.status()) {
      case SUCCEEDED ->
          new ExportEvent.Notice(
              ExportEvent.Notice.Type.EXPORT_READY,
              "Export ready: %s (%s, %s)"
                  .formatted(changed.fileName(), articles, size(changed.sizeBytes())),
              changed.total());
      case FAILED ->
          new ExportEvent.Notice(
              ExportEvent.Notice.Type.EXPORT_FAILED,
              "Export %s failed: %s".formatted(changed.fileName(), changed.error()),
              changed.total());
      case QUEUED, RUNNING -> null;
    };
  }

  /** "512 B", "3.4 KB", "1.2 MB", as the Downloads page writes sizes. */
  static String size(Long bytes) {
    if (bytes == null) {
      return "size unknown";
    }
    if (bytes < 1024) {
      return bytes + " B";
    }
    double kilobytes = bytes / 1024.0;
    return kilobytes < 1024
        ? String.format(Locale.ROOT, "%.1f KB", kilobytes)
        : String.format(Locale.ROOT, "%.1f MB", kilobytes / 1024);
  }
}
