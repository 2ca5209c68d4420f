package com.bulkwriter.publishing.web;

import com.bulkwriter.publishing.ArticlePublished;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** Records every {@link ArticlePublished}, as the webhooks module will listen for it. */
@TestComponent
class PublishedEvents {

  private static final List<ArticlePublished> SEEN = new CopyOnWriteArrayList<>();

  static List<ArticlePublished> seen() {
    return SEEN;
  }

  @EventListener
  void on(ArticlePublished published) {
    SEEN.add(published);
  }
}
