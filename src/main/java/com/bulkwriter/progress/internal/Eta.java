package com.bulkwriter.progress.internal;

import com.bulkwriter.batch.BatchForecast;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Time left and pace of one batch, for one run at a time (from the batch starting or resuming to
 * its pause or end; paused time never counts).
 *
 * <p>When a run starts, the time left comes from the batch's forecast: the model behind the
 * estimate before submit, for what is left to write, so the first figure agrees with what the form
 * said and a resume starts from the paced rate. As articles finish, the measured rate takes over:
 * the slope of a least-squares line through (time, articles finished) over the last {@code window}
 * (at least three article times). A slope, unlike finished / elapsed, ignores the first articles'
 * writing time and reads articles that finish in waves (all workers together, as with the offline
 * engine) right. The two are blended while the measured span is shorter than one article's time.
 *
 * <p>The time left is the remaining articles at that rate, less the time since the last article
 * finished (up to the longest gap seen): between two waves it counts down instead of standing
 * still.
 */
final class Eta {

  /** A measured span shorter than this is never trusted alone. */
  private static final double MIN_SPAN_SECONDS = 1.0;

  /** Using at least this share of a provider's limit means the limit is what binds. */
  private static final double BINDING = 0.85;

  /** The estimate at one moment; {@code seconds} is null when there is nothing to judge by. */
  record Estimate(Long seconds, Double articlesPerMinute, LiveEvent.Pace pace) {
    static final Estimate NONE = new Estimate(null, null, null);
  }

  private final double windowSeconds;

  // the current run; runStart is null while the batch is not running
  private Instant runStart;
  private BatchForecast forecast;
  private int finishedAtStart;
  private int lastFinished;
  private double firstFinishAt = Double.NaN;
  private double lastFinishAt;

  /** {seconds since the run started, articles finished in the run} at each change. */
  private final Deque<double[]> samples = new ArrayDeque<>();

  Eta(Duration window) {
    this.windowSeconds = window.toMillis() / 1000.0;
  }

  /**
   * Records the batch's counts at {@code now} and returns the estimate.
   *
   * @param forecast asked once per run, when it starts; may return {@code null}
   */
  Estimate update(
      Instant now, int finished, int remaining, boolean running, Supplier<BatchForecast> forecast) {
    if (!running) {
      runStart = null; // paused or stopped: the next run starts afresh from the forecast
      return Estimate.NONE;
    }
    if (runStart == null) {
      start(now, finished, forecast.get());
    }
    double at = seconds(now);
    if (finished < lastFinished) {
      // articles put back (regenerate): later counts are lower by as many, the rate is unchanged
      finishedAtStart -= lastFinished - finished;
      lastFinished = finished;
    } else if (finished > lastFinished) {
      record(at, finished);
    }
    return estimate(at, remaining);
  }

  private void start(Instant now, int finished, BatchForecast forecast) {
    this.runStart = now;
    this.forecast = forecast;
    this.finishedAtStart = finished;
    this.lastFinished = finished;
    this.firstFinishAt = Double.NaN;
    this.lastFinishAt = 0;
    samples.clear();
  }

  private void record(double at, int finished) {
    if (Double.isNaN(firstFinishAt)) {
      firstFinishAt = at;
    }
    samples.addLast(new double[] {at, finished - finishedAtStart});
    lastFinished = finished;
    lastFinishAt = at;
    double window = Math.max(windowSeconds, 3 * firstFinishAt);
    while (samples.size() > 2 && samples.peekFirst()[0] < at - window) {
      samples.removeFirst();
    }
  }

  private Estimate estimate(double at, int remaining) {
    double priorRate = forecast == null ? 0 : forecast.articlesPerSecond();
    double measuredRate = slope();
    double weight = measuredRate > 0 ? measuredWeight(priorRate) : 0;
    if (weight == 0 && priorRate <= 0) {
      return Estimate.NONE;
    }
    double rate = weight * measuredRate + (1 - weight) * priorRate;
    LiveEvent.Pace pace = pace(rate);
    if (remaining <= 0) {
      return new Estimate(0L, perMinute(rate), pace);
    }
    double sinceLast = at - lastFinishAt;
    double seconds = 0;
    if (weight > 0) {
      seconds += weight * (remaining / measuredRate - Math.min(sinceLast, longestGap()));
    }
    if (weight < 1) {
      double prior =
          Double.isNaN(firstFinishAt)
              ? forecast.durationSeconds() - at
              : remaining / priorRate - Math.min(sinceLast, firstFinishAt);
      seconds += (1 - weight) * prior;
    }
    return new Estimate(Math.max(1L, Math.round(seconds)), perMinute(rate), pace);
  }

  /**
   * The provider's limit that sets the pace: the one this rate of articles uses almost all of, in
   * requests or in tokens per minute; {@code null} when neither binds (the queue's workers or the
   * answers' length set the pace) or the provider has no limits.
   */
  private LiveEvent.Pace pace(double articlesPerSecond) {
    if (forecast == null) {
      return null;
    }
    Integer requests = forecast.requestsPerMinute();
    Integer tokens = forecast.tokensPerMinute();
    double perMinute = articlesPerSecond * 60;
    if (requests != null && perMinute * forecast.requestsPerArticle() >= BINDING * requests) {
      return new LiveEvent.Pace("requests-per-minute", requests);
    }
    if (tokens != null && perMinute * forecast.tokensPerArticle() >= BINDING * tokens) {
      return new LiveEvent.Pace("tokens-per-minute", tokens);
    }
    return null;
  }

  /**
   * How far the measured rate is trusted: fully once the finishes span one article's time (the time
   * to the run's first finish), or from the start when there is no forecast to fall back on.
   */
  private double measuredWeight(double priorRate) {
    if (priorRate <= 0) {
      return 1;
    }
    double span = samples.peekLast()[0] - firstFinishAt;
    return Math.min(1, span / Math.max(MIN_SPAN_SECONDS, firstFinishAt));
  }

  /** Articles per second: the least-squares slope of finished over time; 0 when unknown. */
  private double slope() {
    int n = samples.size();
    if (n < 2) {
      return 0;
    }
    double meanT = 0;
    double meanF = 0;
    for (double[] s : samples) {
      meanT += s[0] / n;
      meanF += s[1] / n;
    }
    double sxx = 0;
    double sxy = 0;
    for (double[] s : samples) {
      sxx += (s[0] - meanT) * (s[0] - meanT);
      sxy += (s[0] - meanT) * (s[1] - meanF);
    }
    return sxx < 1e-9 ? 0 : Math.max(0, sxy / sxx);
  }

  /** The longest wait between two changes in the window: how long the count may stand still. */
  private double longestGap() {
    double longest = 0;
    Double previous = null;
    for (double[] s : samples) {
      if (previous != null) {
        longest = Math.max(longest, s[0] - previous);
      }
      previous = s[0];
    }
    return longest;
  }

  /** Articles per minute, to one decimal. */
  private static double perMinute(double perSecond) {
    return Math.round(perSecond * 600) / 10.0;
  }

  private double seconds(Instant now) {
    return Math.max(0, Duration.between(runStart, now).toNanos() / 1e9);
  }
}
