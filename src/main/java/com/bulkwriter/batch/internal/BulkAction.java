package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.ArticleState;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One action on a selection of a batch's articles, as stored: what it does, to which articles
 * (resolved and checked when it was asked for), and how far it is. Small ones finish within their
 * request; large ones run in the background ({@link BulkActionRunner}), a chunk per transaction, so
 * that a restart or another node continues after the last chunk done.
 *
 * @param owner who asked for it (and who is recorded as the reviewer)
 * @param total articles it acts on
 * @param processed of those, how many it has handled so far
 * @param changed of those handled, how many it changed
 * @param skipped how many it left alone: matched the filter in a state the action does not apply
 *     to, or changed state since (for example an article now being written is not deleted)
 */
public record BulkAction(
    UUID id,
    String owner,
    UUID batchId,
    Kind action,
    Parameters parameters,
    List<UUID> articleIds,
    Status status,
    int total,
    int processed,
    int changed,
    int skipped,
    String error,
    Instant createdAt,
    Instant finishedAt) {

  /** What a bulk action does, and the article states it applies to. */
  public enum Kind {
    APPROVE(EnumSet.of(ArticleState.SUCCEEDED)),
    REJECT(EnumSet.of(ArticleState.SUCCEEDED)),
    REGENERATE(EnumSet.of(ArticleState.SUCCEEDED, ArticleState.FAILED)),
    /** Never a RUNNING article: a worker is writing it (see docs/review.md). */
    DELETE(
        EnumSet.of(
            ArticleState.QUEUED,
            ArticleState.SUCCEEDED,
            ArticleState.FAILED,
            ArticleState.CANCELLED));

    private final Set<ArticleState> appliesTo;

    Kind(Set<ArticleState> appliesTo) {
      this.appliesTo = appliesTo;
    }

    public boolean appliesTo(ArticleState state) {
      return appliesTo.contains(state);
    }

    public List<String> stateNames() {
      return appliesTo.stream().map(Enum::name).toList();
    }
  }

  /**
   * QUEUED → RUNNING → SUCCEEDED or FAILED; a RUNNING one whose node stopped is RUNNING again on
   * the node that takes it over.
   */
  public enum Status {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    public boolean isFinished() {
      return this == SUCCEEDED || this == FAILED;
    }
  }

  /** The action's inputs besides the articles: a rejection's note, a regenerate's changes. */
  public record Parameters(String note, RegenerateChanges changes) {}
}
