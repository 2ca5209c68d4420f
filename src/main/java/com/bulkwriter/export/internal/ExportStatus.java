package com.bulkwriter.export.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where an export is. Statements that change the status take their source states from here.
 *
 * <pre>
 * QUEUED    -> RUNNING (a worker of its node starts it), FAILED (its node stopped: stale)
 * RUNNING   -> SUCCEEDED (archive stored), FAILED (an error, or its node stopped: stale)
 * SUCCEEDED -> (final; removed when it expires or is deleted)
 * FAILED    -> (final)
 * </pre>
 */
public enum ExportStatus {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED;

  static final Set<ExportStatus> ACTIVE = EnumSet.of(QUEUED, RUNNING);

  /** The states a move to {@code target} may start from. */
  static List<String> sourcesOf(ExportStatus target) {
    return switch (target) {
      case QUEUED -> List.of();
      case RUNNING, SUCCEEDED -> List.of(target == RUNNING ? "QUEUED" : "RUNNING");
      case FAILED -> List.of("QUEUED", "RUNNING");
    };
  }
}
