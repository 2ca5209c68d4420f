package com.bulkwriter.batch;

import java.util.Set;
import java.util.UUID;

/**
 * Articles of a batch moved from one state to another in one statement: the batch was cancelled,
 * its failed articles retried, the rescuer returned (or failed) articles whose lease expired, or a
 * node shutting down handed back what it held. Announced once per batch with how many moved, not
 * once per article, after the change is stored. Not every article of the batch in a source state
 * need have moved (the rescuer and the hand-back move only some running ones).
 *
 * @param transition the move, which gives its source states and its target state
 * @param count how many articles of the batch moved, at least one
 */
public record ArticlesMoved(UUID batchId, ArticleTransition transition, int count) {

  public ArticlesMoved {
    if (count < 1) {
      throw new IllegalArgumentException("An announced move moves at least one article");
    }
  }

  public Set<ArticleState> from() {
    return transition.from();
  }

  public ArticleState to() {
    return transition.to();
  }
}
