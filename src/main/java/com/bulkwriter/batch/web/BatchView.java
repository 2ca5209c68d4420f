package com.bulkwriter.batch.web;

import com.bulkwriter.batch.BatchSettings;
import com.bulkwriter.batch.BatchStatus;
import com.bulkwriter.batch.internal.ArticleRow;
import com.bulkwriter.batch.internal.Batch;
import com.bulkwriter.batch.internal.BatchEstimate;
import com.bulkwriter.batch.internal.Counts;
import com.bulkwriter.generation.TokenUsage;
import com.bulkwriter.support.PageOf;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * A batch as the API shows it: status, counts and progress; {@code items} only on the batch's own
 * page, {@code estimate} only in the answer to a submit.
 */
record BatchView(
    UUID id,
    String name,
    String owner,
    BatchStatus status,
    String statusReason,
    EngineView engine,
    BatchSettings settings,
    Counts counts,
    double progress,
    TokenUsage usage,
    Instant createdAt,
    Instant updatedAt,
    Instant finishedAt,
    @Schema(description = "when the batch was archived (hidden from the default list); null if not")
        Instant archivedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) PageOf<ArticleRow> items,
    @JsonInclude(JsonInclude.Include.NON_NULL) BatchEstimate estimate) {

  static BatchView of(Batch batch, Counts counts, EngineView engine, PageOf<ArticleRow> items) {
    return of(batch, counts, engine, items, null);
  }

  /** With the estimate, in the answer to a submit. */
  static BatchView of(
      Batch batch,
      Counts counts,
      EngineView engine,
      PageOf<ArticleRow> items,
      BatchEstimate estimate) {
    return new BatchView(
        batch.id(),
        batch.name(),
        batch.owner(),
        batch.status(),
        batch.statusReason(),
        engine,
        batch.settings(),
        counts,
        counts.progress(),
        batch.usage(),
        batch.createdAt(),
        batch.updatedAt(),
        batch.finishedAt(),
        batch.archivedAt(),
        items,
        estimate);
  }
}
