package com.bulkwriter.quality.web;

import com.bulkwriter.quality.QualityCheck;
import com.bulkwriter.quality.internal.QualityReports.BatchQuality;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A batch's quality summary.
 *
 * @param checked finished articles that were checked
 * @param pending finished articles waiting for their checks (written moments ago): not in {@code
 *     checked}, {@code failing} or the counts per check yet
 * @param failing of those, how many fail at least one check
 * @param checks every check, in a fixed order, with how many fail it
 */
record QualitySummaryView(
    UUID batchId, long checked, long pending, long failing, List<CheckCount> checks) {

  /** One check and the number of finished articles failing it. */
  record CheckCount(
      @Schema(description = "the check's name, as the filter takes it") String check,
      String label,
      long failing) {}

  static QualitySummaryView of(BatchQuality quality) {
    return new QualitySummaryView(
        quality.batchId(),
        quality.checked(),
        quality.pending(),
        quality.failing(),
        Arrays.stream(QualityCheck.values())
            .map(c -> new CheckCount(c.name(), c.label(), quality.failures().getOrDefault(c, 0L)))
            .toList());
  }
}
