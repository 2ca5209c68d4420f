package com.bulkwriter.economy.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a provider batch stands, and where it may go from there.
 *
 * <pre>
 * PREPARED ── file uploaded ──▶ UPLOADED ── batch created ──▶ SUBMITTED ── answers stored ──▶ DONE
 *    │   └──────────── batch created (providers without files) ──────┘
 *    └─ (any active state) ── cannot be sent ──▶ FAILED (its articles go back to the queue)
 *    └─ (PREPARED, UPLOADED) ── nothing left to send (batch cancelled) ──▶ DONE
 * </pre>
 */
enum ProviderBatchState {
  /** The intent and its articles are stored; nothing has been uploaded for sure. */
  PREPARED,
  /** The request file is at the provider (its id stored); no batch for sure. */
  UPLOADED,
  /** The provider batch exists (its id stored); polled until it ends, then its answers read. */
  SUBMITTED,
  /** Every answer is stored; what it did not answer went back to the queue. */
  DONE,
  /** It could not be sent; its articles went back to the queue. */
  FAILED;

  /** The states a runner still has work in. */
  static final Set<ProviderBatchState> ACTIVE = EnumSet.of(PREPARED, UPLOADED, SUBMITTED);

  static List<String> activeNames() {
    return ACTIVE.stream().map(Enum::name).toList();
  }

  boolean isActive() {
    return ACTIVE.contains(this);
  }

  /** The states a provider batch may move to from this one. */
  Set<ProviderBatchState> next() {
    return switch (this) {
      // DONE before anything was sent: its articles went on without it (batch cancelled)
      case PREPARED -> EnumSet.of(UPLOADED, SUBMITTED, DONE, FAILED);
      case UPLOADED -> EnumSet.of(SUBMITTED, DONE, FAILED);
      case SUBMITTED -> EnumSet.of(DONE, FAILED);
      case DONE, FAILED -> EnumSet.noneOf(ProviderBatchState.class);
    };
  }

  /** The states that may move to {@code to}, as bound to the SQL of a move. */
  static List<String> from(ProviderBatchState to) {
    return EnumSet.allOf(ProviderBatchState.class).stream()
        .filter(s -> s.next().contains(to))
        .map(Enum::name)
        .toList();
  }
}
