package com.bulkwriter.webhooks.internal;

import java.util.List;

/**
 * Where a delivery is. Statements that change the status take their source states from here.
 *
 * <pre>
 * PENDING    -> DELIVERING (a node claims it with a lease), FAILED (its endpoint was disabled)
 * DELIVERING -> SUCCEEDED (2xx), PENDING (retry later after backoff; or its lease expired),
 *               FAILED (no 2xx and the retry window is over)
 * SUCCEEDED, FAILED -> (final)
 * </pre>
 */
public enum DeliveryStatus {
  PENDING,
  DELIVERING,
  SUCCEEDED,
  FAILED;

  /** The states a move to {@code target} may start from. */
  static List<String> sourcesOf(DeliveryStatus target) {
    return switch (target) {
      case PENDING, SUCCEEDED -> List.of(DELIVERING.name());
      case DELIVERING -> List.of(PENDING.name());
      case FAILED -> List.of(PENDING.name(), DELIVERING.name());
    };
  }
}
