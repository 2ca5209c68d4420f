package com.bulkwriter.batch.internal;

import com.bulkwriter.keywords.Keyword;
import com.bulkwriter.keywords.KeywordCheck;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills in the normalised keyword keys of batches submitted before they were kept (Flyway V21), so
 * that the cannibalisation check finds their keywords too. Runs once per start, in the background,
 * a batch per transaction; afterwards only batches without keywords are left without keys. Nodes
 * starting together may fill the same batch: the second one's insert hits the primary key and is
 * skipped.
 */
@Component
public class EarlierKeywordKeys {

  private static final Logger log = LoggerFactory.getLogger(EarlierKeywordKeys.class);

  private final KeywordCheck check;
  private final Batches batches;
  private final Articles articles;
  private final TransactionTemplate transactions;

  EarlierKeywordKeys(
      KeywordCheck check, Batches batches, Articles articles, TransactionTemplate transactions) {
    this.check = check;
    this.batches = batches;
    this.articles = articles;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  void fillInTheBackground() {
    Thread.ofVirtual().name("earlier-keyword-keys").start(this::fillQuietly);
  }

  /** Fills in the keys of every batch that has none; answers how many batches got keys. */
  public int fill() {
    int filled = 0;
    for (UUID batch : check.batchesWithoutKeys()) {
      try {
        if (Boolean.TRUE.equals(transactions.execute(status -> fill(batch)))) {
          filled++;
        }
      } catch (DataIntegrityViolationException e) {
        log.debug("Keys of batch {} were filled in by another node", batch);
      } catch (DataAccessException e) {
        throw e; // the database is away: the next start tries again
      } catch (RuntimeException e) {
        // one batch that cannot be read (say, its stored settings) leaves the others to fill
        log.warn("Could not fill in the keyword keys of batch {}: {}", batch, e.toString());
      }
    }
    return filled;
  }

  private boolean fill(UUID id) {
    return batches
        .findById(id)
        .map(
            batch -> {
              List<Keyword> keywords = articles.keywords(id, batch.settings().language());
              if (!keywords.isEmpty()) {
                check.remember(batch.owner(), id, keywords);
              }
              return !keywords.isEmpty();
            })
        .orElse(false);
  }

  private void fillQuietly() {
    try {
      int filled = fill();
      if (filled > 0) {
        log.info("Keyword keys filled in for {} earlier batches", filled);
      }
    } catch (DataAccessException | IllegalStateException e) {
      // the node is stopping, or the database is away: the next start tries again
      log.warn("Could not fill in the keyword keys of earlier batches: {}", e.toString());
    }
  }
}
