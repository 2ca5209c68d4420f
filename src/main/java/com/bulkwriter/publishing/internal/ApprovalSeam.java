package com.bulkwriter.publishing.internal;

import com.bulkwriter.batch.WrittenArticle;
import com.bulkwriter.support.UnprocessableException;

/**
 * SEAM (review, migration V12): "only approved articles". Reviews (APPROVED / REJECTED) are built
 * on another branch; until they are merged, publishing cannot tell approved articles apart and
 * refuses the flag with 422 rather than publish unreviewed articles. The lead wires this to the
 * review state after merging: {@link #approved} should answer whether the article's review state is
 * APPROVED, and {@code PublishApprovedOnlyTest} (disabled until then) proves it.
 */
final class ApprovalSeam {

  /** Whether reviews exist in this build; false until the review branch is merged. */
  static final boolean REVIEWS_AVAILABLE = false;

  private ApprovalSeam() {}

  /** Refuses {@code onlyApproved} while reviews do not exist. */
  static void requireReviews() {
    if (!REVIEWS_AVAILABLE) {
      throw new UnprocessableException(
          "\"onlyApproved\" needs article reviews, which this server does not have yet; publish"
              + " the batch or chosen articles instead");
    }
  }

  /** Whether the article may be published when only approved articles are asked for. */
  static boolean approved(WrittenArticle article) {
    return true; // SEAM: replace with the article's review state == APPROVED
  }
}
