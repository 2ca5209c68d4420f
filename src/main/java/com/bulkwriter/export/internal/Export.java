package com.bulkwriter.export.internal;

import com.bulkwriter.export.ExportChanged;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One export as stored: what it covers, how far it is, and its archive's size and checksum.
 *
 * @param batches the batches in scope, in archive order
 * @param chosenArticles whether a chosen set of articles was asked for instead of all finished ones
 * @param allArticles whether articles without a result (queued, running, failed, cancelled) are
 *     included too: listed in the manifests with their status, without files
 * @param total articles in scope
 */
public record Export(
    UUID id,
    String owner,
    ExportStatus status,
    List<ExportFormat> formats,
    ExportLayout layout,
    List<BatchScope> batches,
    boolean chosenArticles,
    boolean allArticles,
    String fileName,
    int total,
    int processed,
    Long sizeBytes,
    String sha256,
    int chunkSize,
    String error,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    Instant expiresAt) {

  /** A batch in an export's scope; the name is kept so the history reads well after deletion. */
  public record BatchScope(UUID id, String name) {}

  /** Share of articles written to the archive, 0 to 100. */
  public double progress() {
    return progress(status, processed);
  }

  private double progress(ExportStatus status, int processed) {
    if (status == ExportStatus.SUCCEEDED) {
      return 100.0;
    }
    // a batch that is still running may have finished more articles than it had when asked
    return total == 0 ? 0.0 : Math.min(100.0, Math.floor(1000.0 * processed / total) / 10.0);
  }

  /** The event announcing that this export is now {@code status}, at {@code processed} articles. */
  ExportChanged changed(
      ExportStatus status, int processed, Long sizeBytes, String error, Instant at) {
    return new ExportChanged(
        id,
        owner,
        ExportChanged.Status.valueOf(status.name()),
        processed,
        total,
        progress(status, processed),
        fileName,
        sizeBytes,
        error == null || error.length() <= 1_000 ? error : error.substring(0, 1_000),
        at);
  }

  public List<String> formatKeys() {
    return formats.stream().map(ExportFormat::key).toList();
  }

  public String layoutKey() {
    return layout.key();
  }
}
