package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.ArticleOverrides;
import com.bulkwriter.batch.BatchSettings;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * What a batch was submitted with, in the shape of {@code POST /api/articles/bulk}'s JSON body: its
 * name, its settings and one item per article with the row's overrides. "Duplicate as new batch"
 * starts the form from it.
 */
public record BatchSubmission(String name, BatchSettings settings, List<SubmissionItem> items) {

  /** One row: the keyword and, beside it, what it overrides (only what it sets). */
  public record SubmissionItem(String keyword, @JsonUnwrapped ArticleOverrides overrides) {}
}
