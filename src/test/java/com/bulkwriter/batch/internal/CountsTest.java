package com.bulkwriter.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.batch.ArticleState;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountsTest {

  @Test
  void anEmptyBatchIsFullyDone() {
    assertThat(new Counts(0, 0, 0, 0, 0, 0).progress()).isEqualTo(100.0);
  }

  @Test
  void progressCountsEveryFinishedArticleWhateverItsOutcome() {
    assertThat(new Counts(10, 4, 2, 2, 1, 1).progress()).isEqualTo(40.0);
    assertThat(new Counts(4, 0, 0, 1, 2, 1).progress()).isEqualTo(100.0);
  }

  @Test
  void queuedAndRunningArticlesDoNotCountAsProgress() {
    assertThat(new Counts(5, 3, 2, 0, 0, 0).progress()).isEqualTo(0.0);
  }

  @Test
  void progressIsRoundedToOneDecimal() {
    assertThat(new Counts(3, 2, 0, 1, 0, 0).progress()).isEqualTo(33.3);
    assertThat(new Counts(3, 1, 0, 2, 0, 0).progress()).isEqualTo(66.7);
    assertThat(new Counts(16, 15, 0, 1, 0, 0).progress()).isEqualTo(6.3);
    assertThat(new Counts(10_000, 9_999, 0, 1, 0, 0).progress()).isEqualTo(0.0);
    assertThat(new Counts(10_000, 1, 0, 9_999, 0, 0).progress()).isEqualTo(100.0);
    assertThat(new Counts(7, 0, 0, 6, 0, 0).progress()).isEqualTo(85.7);
  }

  @Test
  void ofFillsStatesThatHaveNoArticlesWithZero() {
    Counts counts = Counts.of(6, Map.of(ArticleState.SUCCEEDED, 4, ArticleState.FAILED, 2));

    assertThat(counts).isEqualTo(new Counts(6, 0, 0, 4, 2, 0));
  }

  @Test
  void ofPutsEachStateInItsOwnField() {
    Counts counts =
        Counts.of(
            15,
            Map.of(
                ArticleState.QUEUED, 1,
                ArticleState.RUNNING, 2,
                ArticleState.SUCCEEDED, 3,
                ArticleState.FAILED, 4,
                ArticleState.CANCELLED, 5));

    assertThat(counts).isEqualTo(new Counts(15, 1, 2, 3, 4, 5));
  }
}
