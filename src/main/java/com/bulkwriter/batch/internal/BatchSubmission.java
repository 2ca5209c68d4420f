package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.ArticleOverrides;
import com.bulkwriter.batch.BatchSettings;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a batch was submitted with, in the shape of {@code POST /api/articles/bulk}'s JSON body: its
 * name, its settings and one item per article with the row's overrides. "Duplicate as new batch"
 * starts the form from it.
 */
public record BatchSubmission(String name, BatchSettings settings, List<SubmissionItem> items) {

  /** One row: the keyword and what it overrides ({@code null}: as the batch says). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SubmissionItem(
      String keyword,
      String title,
      String provider,
      String model,
      String language,
      String tone,
      Integer wordCount,
      String audience,
      String pointOfView,
      Boolean includeFaq,
      String instructions) {

    static SubmissionItem of(String keyword, ArticleOverrides o) {
      return new SubmissionItem(
          keyword,
          o.title(),
          o.provider(),
          o.model(),
          o.language(),
          o.tone(),
          o.wordCount(),
          o.audience(),
          o.pointOfView(),
          o.includeFaq(),
          o.instructions());
    }
  }
}
