package com.bulkwriter.progress.internal;

import com.bulkwriter.export.ExportChanged;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * An export's change as its owner receives it: {@code EXPORT_UPDATED} on {@code
 * /user/queue/exports} for every change, and {@code NOTIFICATION} on {@code
 * /user/queue/notifications} when it is ready or failed. Exports span batches, so these events are
 * neither numbered nor stored: a client reads {@code GET /api/exports} after (re)connecting.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportEvent(Kind kind, Instant at, ExportState export, Notice notification) {

  public enum Kind {
    EXPORT_UPDATED,
    NOTIFICATION
  }

  /** The export's state after the change, the fields of the API's export that can change. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record ExportState(
      UUID id,
      String status,
      int processed,
      int articles,
      double progress,
      String fileName,
      Long sizeBytes,
      String error,
      String downloadUrl) {

    static ExportState of(ExportChanged changed) {
      return new ExportState(
          changed.exportId(),
          changed.status().name(),
          changed.processed(),
          changed.total(),
          changed.progress(),
          changed.fileName(),
          changed.sizeBytes(),
          changed.error(),
          changed.downloadUrl());
    }
  }

  /**
   * Something to tell the export's owner.
   *
   * @param count the articles in the export
   */
  public record Notice(Type type, String message, int count) {

    public enum Type {
      EXPORT_READY,
      EXPORT_FAILED
    }
  }
}
