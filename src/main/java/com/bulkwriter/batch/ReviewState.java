package com.bulkwriter.batch;

/**
 * Where a finished article is in its review (see docs/review.md). Every article is UNREVIEWED when
 * it is written and again after a regenerate; only a SUCCEEDED article can be approved or rejected.
 * Exports (and publishing) limited to approved articles take only {@link #APPROVED} ones.
 */
public enum ReviewState {
  /** Nobody has decided yet (new, or written again). */
  UNREVIEWED,
  /** Ready to leave: exports and publishing limited to approved articles take it. */
  APPROVED,
  /** Not good enough; the reviewer's note says why and goes into a regenerate's instructions. */
  REJECTED
}
