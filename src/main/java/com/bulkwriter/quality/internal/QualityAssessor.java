package com.bulkwriter.quality.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs every check of articles and stores the results: of one article for an edit (see {@code
 * ArticleQuality}), of a chunk of pending ones for the {@link QualityRunner}. Checking an article
 * again replaces what was stored for it (delete, then store), so it is never stored twice.
 */
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

  /** Checks one article in the caller's transaction (nothing happens without a result). */
  public void assess(UUID articleId) {
    assess(List.of(articleId));
  }

  /**
   * Checks the finished ones of {@code articleIds} in the caller's transaction, in row order; each
   * is compared with the articles of its batch checked before it (earlier ones of the chunk too).
   */
  void assess(List<UUID> articleIds) {
    Map<CheckedContent, Findings> found = new LinkedHashMap<>();
    for (CheckedContent content : store.contents(articleIds)) {
      try {
        found.put(content, checks.check(content));
      } catch (RuntimeException e) {
        // a fault in a check must not cost the article it checks: its content stays unchecked
        log.warn("Quality checks of article {} failed; it stays unchecked", content.articleId(), e);
      }
    }
    if (found.isEmpty()) {
      return;
    }
    store.save(found, clock.instant());
    found.forEach((content, findings) -> nearDuplicates.update(content, findings.signature()));
  }
}
