package com.bulkwriter.progress.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.batch.BatchForecast;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The time-left model on simulated runs: every instant is given, nothing waits or reads a clock. A
 * run is simulated as the articles finished at each progress event (one per half second, as live
 * events are coalesced), and the estimate is compared with the true time left, as {@code
 * bench/eta-accuracy} does against the real application.
 */
class EtaTest {

  private static final Instant START = Instant.parse("2026-11-28T12:00:00Z");
  private static final Duration WINDOW = Duration.ofSeconds(60);

  @Test
  void beforeTheFirstArticleFinishesTheForecastCountsDown() {
    Eta eta = new Eta(WINDOW);
    BatchForecast forecast =
        new BatchForecast(100, 1, 500, 120, "requests-per-minute", 50, 100_000);
    assertThat(eta.update(START, 0, 100, true, () -> forecast).seconds()).isEqualTo(120L);
    Eta.Estimate later = eta.update(at(10), 0, 100, true, () -> forecast);
    assertThat(later.seconds()).isEqualTo(110L);
    assertThat(later.articlesPerMinute()).isEqualTo(50.0);
    assertThat(later.pace()).isEqualTo(new LiveEvent.Pace("requests-per-minute", 50));
  }

  @Test
  void aPacedProviderWithSlowAnswersIsReadFromTheSlopeNotFromTheElapsedTime() {
    // 10 articles a second, each answer 3 s: finished/elapsed would be far too slow at first
    double rate = 10;
    double latency = 3;
    int total = 600;
    List<Double> errors =
        run(total, rate, t -> (int) Math.max(0, Math.floor(rate * (t - latency))));
    assertThat(median(errors)).isLessThan(0.05);
    assertThat(errors.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
        .isLessThan(0.25);
  }

  @Test
  void articlesFinishingInWavesAreReadRight() {
    // 16 workers, 2 s an article, all finishing together: the offline engine
    int total = 160;
    List<Double> errors = run(total, 8, t -> Math.min(total, 16 * (int) Math.floor(t / 2)));
    assertThat(median(errors)).isLessThan(0.1);
  }

  @Test
  void aWrongForecastGivesWayToTheMeasuredRateAfterOneArticleTime() {
    Eta eta = new Eta(WINDOW);
    // the model expects 10 a second; the provider manages 2, each answer 5 s
    BatchForecast forecast =
        new BatchForecast(200, 1, 500, 20, "requests-per-minute", 600, 1_000_000);
    Eta.Estimate estimate = null;
    for (int tenth = 0; tenth <= 200; tenth += 5) {
      double t = tenth / 10.0;
      int finished = (int) Math.max(0, Math.floor(2 * (t - 5)));
      estimate = eta.update(at(t), finished, 200 - finished, true, () -> forecast);
    }
    // at 20 s: 30 finished, 170 left at 2 a second
    assertThat(estimate.seconds()).isBetween(80L, 90L);
    assertThat(estimate.articlesPerMinute()).isBetween(115.0, 125.0);
    // far below the provider's pace: the limit is not what binds, so the page must not say so
    assertThat(estimate.pace()).isNull();
  }

  @Test
  void aTokenLimitThatBindsIsNamedWhenTheRequestLimitDoesNot() {
    Eta eta = new Eta(WINDOW);
    // 2,000 tokens an article at 60,000 tokens a minute: 30 articles a minute, far below 6,000 RPM
    BatchForecast forecast =
        new BatchForecast(60, 1, 2_000, 120, "tokens-per-minute", 6_000, 60_000);
    for (int t = 0; t <= 40; t++) {
      int finished = Math.max(0, (t - 2) / 2);
      Eta.Estimate estimate = eta.update(at(t), finished, 60 - finished, true, () -> forecast);
      assertThat(estimate.pace()).isEqualTo(new LiveEvent.Pace("tokens-per-minute", 60_000));
    }
  }

  @Test
  void aResumeStartsFromTheForecastNotFromTheRateBeforeThePause() {
    Eta eta = new Eta(WINDOW);
    BatchForecast slow = BatchForecast.unlimited(100, 100, "concurrency");
    for (int t = 0; t <= 30; t++) {
      eta.update(at(t), t / 2, 100 - t / 2, true, () -> slow); // half an article a second
    }
    assertThat(eta.update(at(31), 15, 85, false, () -> slow)).isEqualTo(Eta.Estimate.NONE);
    // an hour later the batch resumes, and the model now expects 85 articles in 17 s
    BatchForecast resumed =
        new BatchForecast(85, 1, 500, 17, "requests-per-minute", 300, 1_000_000);
    Eta.Estimate first = eta.update(at(3_631), 15, 85, true, () -> resumed);
    assertThat(first.seconds()).isEqualTo(17L);
    assertThat(first.articlesPerMinute()).isEqualTo(300.0);
  }

  @Test
  void withoutAForecastOnlyFinishedArticlesTell() {
    Eta eta = new Eta(WINDOW);
    assertThat(eta.update(START, 0, 10, true, () -> null)).isEqualTo(Eta.Estimate.NONE);
    assertThat(eta.update(at(5), 0, 10, true, () -> null).seconds()).isNull();
    eta.update(at(6), 1, 9, true, () -> null);
    Eta.Estimate estimate = eta.update(at(7), 2, 8, true, () -> null);
    assertThat(estimate.seconds()).isEqualTo(8L);
    assertThat(estimate.articlesPerMinute()).isEqualTo(60.0);
    assertThat(estimate.pace()).isNull();
  }

  @Test
  void articlesPutBackDoNotChangeTheRate() {
    Eta eta = new Eta(WINDOW);
    for (int t = 0; t <= 10; t++) {
      eta.update(at(t), t, 100 - t, true, () -> null);
    }
    // one finished article is regenerated: 9 finished, 91 left, still one a second
    assertThat(eta.update(at(10.5), 9, 91, true, () -> null).seconds()).isEqualTo(91L);
    assertThat(eta.update(at(11), 10, 90, true, () -> null).seconds()).isEqualTo(90L);
  }

  @Test
  void nothingLeftIsZeroAndNeverNegative() {
    Eta eta = new Eta(WINDOW);
    BatchForecast forecast = BatchForecast.unlimited(10, 5, "offline-delay");
    eta.update(START, 0, 10, true, () -> forecast);
    assertThat(eta.update(at(5), 10, 0, true, () -> forecast).seconds()).isZero();
    // far past the forecast with nothing finished: still at least a second, never below
    Eta late = new Eta(WINDOW);
    late.update(START, 0, 10, true, () -> forecast);
    assertThat(late.update(at(60), 0, 10, true, () -> forecast).seconds()).isEqualTo(1L);
  }

  @Test
  void aModelThatCannotTellGivesNoEstimate() {
    Eta eta = new Eta(WINDOW);
    BatchForecast unknown = BatchForecast.unlimited(10, 0, "unknown");
    assertThat(eta.update(START, 0, 10, true, () -> unknown)).isEqualTo(Eta.Estimate.NONE);
  }

  /**
   * Feeds a run where {@code finishedAt} gives the articles finished at each moment, at one
   * progress event per half second, with the model forecasting {@code total / rate}, and returns
   * the relative errors of the estimates between 10 % and 70 % done.
   */
  private static List<Double> run(int total, double rate, Finishes finishedAt) {
    Eta eta = new Eta(WINDOW);
    double end = 0;
    while (finishedAt.at(end) < total) {
      end += 0.01;
    }
    BatchForecast forecast =
        BatchForecast.unlimited(total, Math.round(total / rate), "concurrency");
    List<Double> errors = new ArrayList<>();
    for (double t = 0; t < end; t += 0.5) {
      int finished = finishedAt.at(t);
      Eta.Estimate estimate = eta.update(at(t), finished, total - finished, true, () -> forecast);
      double done = finished / (double) total;
      if (done >= 0.1 && done <= 0.7) {
        double truth = end - t;
        errors.add(Math.abs(estimate.seconds() - truth) / truth);
      }
    }
    assertThat(errors).isNotEmpty();
    return errors;
  }

  /** Articles finished at a time in seconds. */
  @FunctionalInterface
  private interface Finishes {
    int at(double seconds);
  }

  private static double median(List<Double> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  private static Instant at(double seconds) {
    return START.plusNanos(Math.round(seconds * 1e9));
  }
}
