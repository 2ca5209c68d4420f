package com.bulkwriter.progress.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.batch.ArticleChanged;
import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.BatchChanged;
import com.bulkwriter.batch.BatchStatus;
import com.bulkwriter.progress.internal.LiveEvent.ArticleProgress;
import com.bulkwriter.queue.ArticleProgressed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The words of articles being written, coalesced per batch and never outliving the article. */
class RunningArticlesTest {

  private static final Duration INTERVAL = Duration.ofMillis(500);
  private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

  private final RunningArticles running = new RunningArticles(INTERVAL);
  private final List<Sent> sent = new ArrayList<>();
  private final UUID batch = UUID.randomUUID();
  private final UUID first = UUID.randomUUID();
  private final UUID second = UUID.randomUUID();

  record Sent(UUID batchId, List<ArticleProgress> articles, Instant at) {}

  @Test
  void manyReportsOfSeveralArticlesBecomeOneEventPerBatchPerIntervalWithTheLatestFigures() {
    start(first);
    start(second);
    for (int words = 10; words <= 100; words += 10) {
      report(first, words);
      report(second, words * 2);
    }
    flush(T0);
    report(first, 150);
    flush(T0.plus(INTERVAL).minusMillis(1)); // too soon: held back
    flush(T0.plus(INTERVAL));

    assertThat(sent)
        .containsExactly(
            new Sent(
                batch,
                List.of(
                    new ArticleProgress(first, 100, 1_200),
                    new ArticleProgress(second, 200, 1_200)),
                T0),
            new Sent(batch, List.of(new ArticleProgress(first, 150, 1_200)), T0.plus(INTERVAL)));
  }

  @Test
  void anArticleThatLeftRunningIsNeverReportedAgainNotEvenByALateReport() {
    start(first);
    start(second);
    report(first, 300);
    report(second, 40);
    changed(first, ArticleState.SUCCEEDED);
    report(first, 320); // late: after its outcome
    flush(T0);

    assertThat(sent)
        .extracting(Sent::articles)
        .containsExactly(List.of(new ArticleProgress(second, 40, 1_200)));
  }

  @Test
  void aReportOfAnArticleNotKnownToBeRunningIsIgnored() {
    report(first, 300);
    flush(T0);
    assertThat(sent).isEmpty();
  }

  @Test
  void aRetryStartsAfresh() {
    start(first);
    report(first, 300);
    changed(first, ArticleState.QUEUED); // failed, retried later
    report(first, 310);
    start(first);
    report(first, 20);
    flush(T0);

    assertThat(sent)
        .extracting(Sent::articles)
        .containsExactly(List.of(new ArticleProgress(first, 20, 1_200)));
  }

  @Test
  void aCancelledBatchsArticlesAreForgottenButAPausedBatchsKeepWriting() {
    start(first);
    running.batchChanged(
        new BatchChanged(batch, "alice", BatchStatus.PAUSED, "paused by the user"));
    report(first, 100);
    flush(T0);
    running.batchChanged(new BatchChanged(batch, "alice", BatchStatus.CANCELLED, null));
    report(first, 200);
    flush(T0.plus(INTERVAL));

    assertThat(sent)
        .extracting(Sent::articles)
        .containsExactly(List.of(new ArticleProgress(first, 100, 1_200)));
  }

  @Test
  void atShutdownWhatIsLeftIsSentWhateverTheInterval() {
    start(first);
    report(first, 100);
    flush(T0);
    report(first, 200);
    running.flush(T0.plusMillis(1), true, this::record);
    assertThat(sent).hasSize(2);
  }

  private void start(UUID article) {
    changed(article, ArticleState.RUNNING);
  }

  private void changed(UUID article, ArticleState state) {
    running.changed(new ArticleChanged(batch, article, state, 1, null));
  }

  private void report(UUID article, int words) {
    running.progressed(new ArticleProgressed(batch, article, words, 1_200));
  }

  private void flush(Instant now) {
    running.flush(now, false, this::record);
  }

  private void record(UUID batchId, List<ArticleProgress> articles, Instant at) {
    sent.add(new Sent(batchId, articles, at));
  }
}
