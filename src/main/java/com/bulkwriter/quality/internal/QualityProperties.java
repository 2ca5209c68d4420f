package com.bulkwriter.quality.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds of the quality checks (docs/quality.md, docs/configuration.md). A change applies to
 * articles checked afterwards (written, edited or restored); stored results stay as they were.
 *
 * @param lengthTolerance how far the words may be from the target, as a share of it (default 0.10)
 * @param introWords the keyword must be among the first this many words (default 100)
 * @param metaMin shortest meta description in characters (default 120)
 * @param metaMax longest meta description in characters (default 160)
 * @param titleMax longest title in characters (default 60)
 * @param minReadingEase lowest reading ease that passes, on the 0–100 scale of every formula
 *     (default 30: below it the text is "very difficult")
 * @param repeatMinWords sentences and paragraphs shorter than this many words are not checked for
 *     repetition (default 6)
 * @param shingleWords words per shingle of the near-duplicate check (default 5)
 * @param nearDuplicateSimilarity estimated share of shingles two articles have in common from which
 *     they are near-duplicates (default 0.8)
 * @param nearDuplicateCandidates most candidates an article is compared with (default 50), which
 *     keeps a batch of nearly identical articles from costing n² comparisons
 * @param runnerInterval how often the quality runner looks for written articles waiting for their
 *     checks (default 250 ms); it then checks chunks until none waits
 * @param runnerChunk articles checked per transaction by the runner (default 100): larger chunks
 *     share more round trips, smaller ones are visible sooner
 * @param runnerBusyCpu the share of the processors this node uses (0 to 1, default 0.9) from which
 *     it counts as busy: the checks are background work and then give way to the queue
 * @param runnerBusyDelay how long a written article may wait for its checks while the node is busy
 *     (default 30 s; 0 checks at once whatever the load): the queue, which spends the provider
 *     budget, keeps the processors, and the checks catch up once it slows down
 */
@ConfigurationProperties("bulkwriter.quality")
record QualityProperties(
    Double lengthTolerance,
    Integer introWords,
    Integer metaMin,
    Integer metaMax,
    Integer titleMax,
    Double minReadingEase,
    Integer repeatMinWords,
    Integer shingleWords,
    Double nearDuplicateSimilarity,
    Integer nearDuplicateCandidates,
    Duration runnerInterval,
    Integer runnerChunk,
    Double runnerBusyCpu,
    Duration runnerBusyDelay) {

  static final QualityProperties DEFAULTS =
      new QualityProperties(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null);

  QualityProperties {
    lengthTolerance = lengthTolerance == null ? 0.10 : lengthTolerance;
    introWords = introWords == null ? 100 : introWords;
    metaMin = metaMin == null ? 120 : metaMin;
    metaMax = metaMax == null ? 160 : metaMax;
    titleMax = titleMax == null ? 60 : titleMax;
    minReadingEase = minReadingEase == null ? 30.0 : minReadingEase;
    repeatMinWords = repeatMinWords == null ? 6 : repeatMinWords;
    shingleWords = shingleWords == null ? 5 : shingleWords;
    nearDuplicateSimilarity = nearDuplicateSimilarity == null ? 0.8 : nearDuplicateSimilarity;
    nearDuplicateCandidates = nearDuplicateCandidates == null ? 50 : nearDuplicateCandidates;
    runnerInterval = runnerInterval == null ? Duration.ofMillis(250) : runnerInterval;
    runnerChunk = runnerChunk == null ? 100 : runnerChunk;
    runnerBusyCpu = runnerBusyCpu == null ? 0.9 : runnerBusyCpu;
    runnerBusyDelay = runnerBusyDelay == null ? Duration.ofSeconds(30) : runnerBusyDelay;
    if (runnerBusyCpu < 0 || runnerBusyCpu > 1 || runnerBusyDelay.isNegative()) {
      throw new IllegalArgumentException(
          "bulkwriter.quality: runner-busy-cpu must be from 0 to 1, runner-busy-delay 0 or more");
    }
    if (runnerInterval.isNegative() || runnerInterval.isZero() || runnerChunk < 1) {
      throw new IllegalArgumentException(
          "bulkwriter.quality: runner-interval must be positive, runner-chunk at least 1");
    }
    if (lengthTolerance < 0 || introWords < 1 || metaMin > metaMax || titleMax < 1) {
      throw new IllegalArgumentException(
          "bulkwriter.quality: length-tolerance must be 0 or more, intro-words and title-max at"
              + " least 1, meta-min at most meta-max");
    }
    if (shingleWords < 1
        || nearDuplicateSimilarity <= 0
        || nearDuplicateSimilarity > 1
        || nearDuplicateCandidates < 1) {
      throw new IllegalArgumentException(
          "bulkwriter.quality: shingle-words and near-duplicate-candidates must be at least 1,"
              + " near-duplicate-similarity above 0 and at most 1");
    }
  }
}
