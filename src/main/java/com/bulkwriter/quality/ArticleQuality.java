package com.bulkwriter.quality;

import com.bulkwriter.quality.internal.QualityAssessor;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks an article's content when it is stored. The queue (through the editing module's history)
 * and the editor call {@link #assess} in the transaction that stores the content, so an article's
 * checks are never older than its text.
 */
@Component
public class ArticleQuality {

  private final QualityAssessor assessor;

  ArticleQuality(QualityAssessor assessor) {
    this.assessor = assessor;
  }

  /**
   * Checks the article's stored content and keeps what was found (nothing happens for an article
   * without a result). Must run in the transaction that stored the content.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void assess(UUID articleId) {
    assessor.assess(articleId);
  }
}
