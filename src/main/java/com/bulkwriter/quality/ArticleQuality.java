package com.bulkwriter.quality;

import com.bulkwriter.quality.internal.PendingChecks;
import com.bulkwriter.quality.internal.QualityAssessor;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks an article's content when it is stored. The queue calls {@link #assessLater} in the
 * transaction that stores a result: the article is marked pending, and the quality runner checks it
 * moments after the commit, off the queue's path. An edit and a restore call {@link #assess} in
 * their transaction, so an edited article's checks are never older than its text. Internal links
 * change thousands of articles at once and call {@link #assessAgainLater}: the runner checks them
 * after the commit, as it does the queue's results.
 */
@Component
public class ArticleQuality {

  private final QualityAssessor assessor;
  private final PendingChecks pending;
  private final Clock clock;

  ArticleQuality(QualityAssessor assessor, PendingChecks pending, Clock clock) {
    this.assessor = assessor;
    this.pending = pending;
    this.clock = clock;
  }

  /**
   * Checks the article's stored content and keeps what was found (nothing happens for an article
   * without a result). Must run in the transaction that stored the content.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void assess(UUID articleId) {
    // first no longer pending: this waits for a runner checking the article right now (its chunk
    // holds the row), so the check below replaces the runner's results instead of colliding with
    // them, and the runner does not check the article again
    pending.done(List.of(articleId));
    assessor.assess(articleId);
  }

  /**
   * Marks the article as waiting for its checks: one insert, in the transaction that stores its
   * content, so a stored result is always either checked or pending (also across a crash). Until
   * the runner has checked it, the article counts as pending, not as passing or failing.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void assessLater(UUID articleId, UUID batchId) {
    pending.mark(articleId, batchId, clock.instant());
  }

  /**
   * Marks an article whose content this transaction changes as waiting for its checks again, for a
   * change made to many articles at once (internal links): checking each in the transaction costs
   * the whole comparison with its batch. Like {@link #assess} it first waits for a runner checking
   * the article right now, so that runner's later delete cannot take away the new mark: the new
   * content is always checked, by that runner (it reads the content after this commits) or by the
   * next.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void assessAgainLater(UUID articleId, UUID batchId) {
    pending.done(List.of(articleId));
    pending.mark(articleId, batchId, clock.instant());
  }
}
