package com.bulkwriter.export;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An export moved on: it was queued, started, wrote more articles (announced at most once per
 * {@code bulkwriter.export.event-interval}), succeeded or failed. Published after the change is
 * stored, on the thread that made it; the progress module tells the export's owner.
 *
 * @param processed articles written to the archive so far (all of them once it succeeded)
 * @param total articles in the export's scope
 * @param progress share written, 0 to 100, as the API shows it
 * @param sizeBytes the archive's size once it succeeded, else {@code null}
 * @param error why it failed, else {@code null}
 * @param at when the change happened
 */
public record ExportChanged(
    UUID exportId,
    String owner,
    Status status,
    int processed,
    int total,
    double progress,
    String fileName,
    @Nullable Long sizeBytes,
    @Nullable String error,
    Instant at) {

  /** Where the export is (the same names as the API's {@code status}). */
  public enum Status {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  /** Where the archive downloads from once the export has succeeded, else {@code null}. */
  public @Nullable String downloadUrl() {
    return status == Status.SUCCEEDED ? "/api/exports/" + exportId + "/download" : null;
  }
}
