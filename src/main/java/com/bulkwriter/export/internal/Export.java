package com.bulkwriter.export.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One export as stored: what it covers, how far it is, and its archive's size and checksum.
 *
 * @param batches the batches in scope, in archive order
 * @param chosenArticles whether a chosen set of articles was asked for instead of all finished ones
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
    if (status == ExportStatus.SUCCEEDED) {
      return 100.0;
    }
    return total == 0 ? 0.0 : Math.floor(1000.0 * processed / total) / 10.0;
  }

  public List<String> formatKeys() {
    return formats.stream().map(ExportFormat::key).toList();
  }

  public String layoutKey() {
    return layout.key();
  }
}
