package com.bulkwriter.queue.internal;

import com.bulkwriter.generation.WritingProgress;
import com.bulkwriter.queue.ArticleProgressed;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationEventPublisher;

/**
 * One attempt's progress reports: announces {@link ArticleProgressed} when the count grows beyond
 * the highest told so far (a section trimmed to its share does not move a bar back), and nothing
 * once closed, so a report that comes after the attempt's outcome cannot bring back a finished
 * article's bar.
 */
final class WordsReported implements WritingProgress, AutoCloseable {

  private final ClaimedArticle article;
  private final int targetWords;
  private final ApplicationEventPublisher events;
  private final AtomicInteger highest = new AtomicInteger();
  private volatile boolean closed;

  WordsReported(ClaimedArticle article, int targetWords, ApplicationEventPublisher events) {
    this.article = article;
    this.targetWords = targetWords;
    this.events = events;
  }

  @Override
  public void wordsWritten(int words) {
    if (closed || highest.getAndAccumulate(words, Math::max) >= words) {
      return;
    }
    events.publishEvent(new ArticleProgressed(article.batchId(), article.id(), words, targetWords));
  }

  @Override
  public void close() {
    closed = true;
  }
}
