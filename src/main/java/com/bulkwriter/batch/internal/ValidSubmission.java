package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.ArticleOverrides;
import com.bulkwriter.batch.BatchSettings;
import java.util.List;

/** A submission that passed every check, ready to be stored as one batch. */
record ValidSubmission(String name, BatchSettings settings, List<Row> rows) {

  /** One article to write: its keyword and what it changes of the batch settings. */
  record Row(String keyword, ArticleOverrides overrides) {}
}
