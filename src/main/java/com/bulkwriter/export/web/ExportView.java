package com.bulkwriter.export.web;

import com.bulkwriter.export.internal.Export;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An export as the API shows it: who asked when, the scope, formats, articles, progress, the
 * archive's size and SHA-256 checksum, and where to download it once it has succeeded.
 */
record ExportView(
    UUID id,
    String owner,
    String status,
    double progress,
    int articles,
    int processed,
    List<String> formats,
    String layout,
    Scope scope,
    String fileName,
    Long sizeBytes,
    String sha256,
    String error,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    Instant expiresAt,
    String downloadUrl) {

  /**
   * @param chosenArticles true when a chosen set of articles was exported, false for every
   *     (finished) article of the batches
   * @param include {@code finished}: articles with a result only; {@code all}: the others too,
   *     listed in the manifests
   */
  record Scope(List<Export.BatchScope> batches, boolean chosenArticles, String include) {}

  static ExportView of(Export export) {
    boolean ready = export.status().name().equals("SUCCEEDED");
    return new ExportView(
        export.id(),
        export.owner(),
        export.status().name(),
        export.progress(),
        export.total(),
        export.processed(),
        export.formatKeys(),
        export.layoutKey(),
        new Scope(
            export.batches(), export.chosenArticles(), export.allArticles() ? "all" : "finished"),
        export.fileName(),
        export.sizeBytes(),
        export.sha256(),
        export.error(),
        export.createdAt(),
        export.startedAt(),
        export.finishedAt(),
        export.expiresAt(),
        ready ? "/api/exports/" + export.id() + "/download" : null);
  }
}
