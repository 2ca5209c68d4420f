package com.bulkwriter.quality.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Runs every check of one article and stores the results (see {@code ArticleQuality}). */
@Service
public class QualityAssessor {

  private static final Logger log = LoggerFactory.getLogger(QualityAssessor.class);

  private final QualityStore store;
  private final ArticleChecks checks;
  private final NearDuplicates nearDuplicates;
  private final Clock clock;

  QualityAssessor(
      QualityStore store, ArticleChecks checks, NearDuplicates nearDuplicates, Clock clock) {
    this.store = store;
    this.checks = checks;
    this.nearDuplicates = nearDuplicates;
    this.clock = clock;
  }

  public void assess(UUID articleId) {
    Optional<CheckedContent> content = store.content(articleId);
    if (content.isEmpty()) {
      return;
    }
    Findings findings;
    try {
      findings = checks.check(content.get());
    } catch (RuntimeException e) {
      // a fault in a check must not cost the article it checks: the content is stored unchecked
      log.warn("Quality checks of article {} failed; it stays unchecked", articleId, e);
      return;
    }
    store.save(content.get(), findings, clock.instant());
    nearDuplicates.update(content.get(), findings.signature());
  }
}
