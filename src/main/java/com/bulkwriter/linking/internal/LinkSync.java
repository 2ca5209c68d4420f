package com.bulkwriter.linking.internal;

import com.bulkwriter.batch.ArticleChanged;
import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.linking.LinkPlaceholders;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the stored links those of the article's text: after an edit, a restore (undoing the links
 * restores the version before them) or a regenerate, the links are read again from the Markdown.
 */
@Component
class LinkSync {

  private final Links links;
  private final Clock clock;

  LinkSync(Links links, Clock clock) {
    this.links = links;
    this.clock = clock;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ArticleChanged changed) {
    if (changed.status() != ArticleState.SUCCEEDED) {
      return;
    }
    // the common case (no links in the text, none stored) costs one read that finds no row
    links
        .linkedBody(changed.articleId())
        .ifPresent(
            body ->
                links.replace(
                    changed.articleId(),
                    changed.batchId(),
                    LinkPlaceholders.links(body),
                    clock.instant()));
  }
}
