package com.bulkwriter.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static final int DRAWS = 2_000;
  private static final Duration BASE = Duration.ofSeconds(2);
  private static final Duration MAX = Duration.ofMinutes(5);

  private final Backoff backoff = new Backoff(BASE, MAX, new SplittableRandom(42));

  @Test
  void theNthDelayLiesBetweenHalfAndAllOfBaseTimesTwoToTheNMinusOneCappedAtMax() {
    for (int attempt = 1; attempt <= 20; attempt++) {
      long full = Math.min(MAX.toMillis(), BASE.toMillis() << (attempt - 1));
      for (int i = 0; i < DRAWS; i++) {
        assertThat(backoff.after(attempt).toMillis())
            .as("attempt %d", attempt)
            .isBetween(full / 2, full);
      }
    }
  }

  @Test
  void theFirstDelaysDoubleUntilTheyReachTheMaximum() {
    assertRange(1, 1_000, 2_000);
    assertRange(2, 2_000, 4_000);
    assertRange(3, 4_000, 8_000);
    assertRange(8, 128_000, 256_000);
    assertRange(9, 150_000, 300_000);
    assertRange(10, 150_000, 300_000);
  }

  @Test
  void noDelayEverExceedsTheMaximumHoweverManyAttempts() {
    for (int attempt : new int[] {9, 20, 21, 30, 31, 64, 1_000, Integer.MAX_VALUE}) {
      for (int i = 0; i < DRAWS; i++) {
        assertThat(backoff.after(attempt)).as("attempt %d", attempt).isLessThanOrEqualTo(MAX);
        assertThat(backoff.after(attempt))
            .as("attempt %d", attempt)
            .isGreaterThanOrEqualTo(MAX.dividedBy(2));
      }
    }
  }

  @Test
  void delaysGrowWithTheAttemptNumber() {
    // below the cap each range starts where the previous one ends
    for (int attempt = 1; attempt < 8; attempt++) {
      long longestNow = 0;
      long shortestNext = Long.MAX_VALUE;
      for (int i = 0; i < DRAWS; i++) {
        longestNow = Math.max(longestNow, backoff.after(attempt).toMillis());
        shortestNext = Math.min(shortestNext, backoff.after(attempt + 1).toMillis());
      }
      assertThat(shortestNext)
          .as("attempt %d vs %d", attempt, attempt + 1)
          .isGreaterThanOrEqualTo(longestNow);
    }
    assertThat(average(1)).isLessThan(average(2));
    assertThat(average(2)).isLessThan(average(3));
    assertThat(average(3)).isLessThan(average(6));
  }

  @Test
  void delaysAreJitteredSoRetriesSpreadOut() {
    for (int attempt : new int[] {1, 3, 10}) {
      Set<Duration> distinct = new HashSet<>();
      for (int i = 0; i < DRAWS; i++) {
        distinct.add(backoff.after(attempt));
      }
      assertThat(distinct).as("attempt %d", attempt).hasSizeGreaterThan(DRAWS / 4);
    }
  }

  @Test
  void jitterCoversTheWholeRange() {
    long shortest = Long.MAX_VALUE;
    long longest = 0;
    for (int i = 0; i < 20_000; i++) {
      long millis = backoff.after(1).toMillis();
      shortest = Math.min(shortest, millis);
      longest = Math.max(longest, millis);
    }
    assertThat(shortest).isLessThan(1_050);
    assertThat(longest).isGreaterThan(1_950);
  }

  @Test
  void attemptsBelowOneAreTreatedAsTheFirst() {
    for (int attempt : new int[] {0, -1, -1_000}) {
      for (int i = 0; i < 100; i++) {
        assertThat(backoff.after(attempt).toMillis()).isBetween(1_000L, 2_000L);
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameDelays() {
    Backoff first = new Backoff(BASE, MAX, new SplittableRandom(7));
    Backoff second = new Backoff(BASE, MAX, new SplittableRandom(7));

    for (int attempt = 1; attempt <= 10; attempt++) {
      assertThat(first.after(attempt)).isEqualTo(second.after(attempt));
    }
  }

  @Test
  void aZeroBaseMeansRetryAtOnce() {
    Backoff immediate = new Backoff(Duration.ZERO, MAX, new SplittableRandom(42));

    assertThat(immediate.after(1)).isZero();
    assertThat(immediate.after(10)).isZero();
  }

  private void assertRange(int attempt, long lowest, long highest) {
    for (int i = 0; i < DRAWS; i++) {
      assertThat(backoff.after(attempt).toMillis())
          .as("attempt %d", attempt)
          .isBetween(lowest, highest);
    }
  }

  private double average(int attempt) {
    long sum = 0;
    for (int i = 0; i < DRAWS; i++) {
      sum += backoff.after(attempt).toMillis();
    }
    return (double) sum / DRAWS;
  }
}
