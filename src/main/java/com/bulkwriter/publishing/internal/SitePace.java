package com.bulkwriter.publishing.internal;

import com.bulkwriter.generation.SharedBuckets;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps requests to each site at least its pace apart across every node (the site's own pace, else
 * {@code bulkwriter.publishing.request-pace}), and holds them back as long as a site's {@code
 * Retry-After} asked: one Bucket4j bucket per site and pace (one token, refilled once per pace) in
 * the generation module's {@link SharedBuckets}, which live in the database on PostgreSQL. A {@code
 * Retry-After} takes the tokens of that wait ahead of time, so the next request on any node waits
 * for it. Should the shared bucket be out of reach, this node paces on its own until it is back.
 */
@Component
class SitePace {

  private static final Logger log = LoggerFactory.getLogger(SitePace.class);

  /** A pace of zero is a bucket refilled every millisecond: no wait worth the name. */
  private static final Duration SHORTEST = Duration.ofMillis(1);

  private final SharedBuckets shared;
  private final SharedBuckets local = SharedBuckets.inThisProcess();
  private final Duration defaultPace;
  private final Map<UUID, Duration> paces = new ConcurrentHashMap<>();
  private final Map<String, Bucket> sharedBuckets = new ConcurrentHashMap<>();
  private final Map<String, Bucket> localBuckets = new ConcurrentHashMap<>();

  SitePace(PublishingProperties properties, SharedBuckets shared) {
    this.shared = shared;
    this.defaultPace = properties.requestPace();
  }

  /** Waits until a request to the site is due at the configured pace, then takes its turn. */
  void await(UUID site) throws InterruptedException {
    await(site, null);
  }

  /**
   * Waits until a request to the site is due, then takes its turn.
   *
   * @param own the site's own pace, else {@code null}
   */
  void await(UUID site, Duration own) throws InterruptedException {
    Duration pace = pace(own);
    paces.put(site, pace);
    String key = key(site, pace);
    try {
      bucket(sharedBuckets, shared, key, pace).asBlocking().consume(1);
    } catch (RuntimeException e) {
      log.warn("The shared pace of site {} is out of reach; pacing on this node alone", site, e);
      bucket(localBuckets, local, key, pace).asBlocking().consume(1);
    }
  }

  /** The site asked for a pause ({@code Retry-After}): no request to it before that has passed. */
  void holdBack(UUID site, Duration wait) {
    Duration pace = paces.getOrDefault(site, pace(null));
    String key = key(site, pace);
    long turns = Math.ceilDiv(wait.toNanos(), pace.toNanos());
    try {
      bucket(sharedBuckets, shared, key, pace).consumeIgnoringRateLimits(turns);
    } catch (RuntimeException e) {
      log.warn("The shared pace of site {} is out of reach; holding back on this node", site, e);
    }
    bucket(localBuckets, local, key, pace).consumeIgnoringRateLimits(turns);
  }

  private Duration pace(Duration own) {
    Duration pace = own != null ? own : defaultPace;
    return pace.compareTo(SHORTEST) < 0 ? SHORTEST : pace;
  }

  private static Bucket bucket(
      Map<String, Bucket> cache, SharedBuckets buckets, String key, Duration pace) {
    return cache.computeIfAbsent(
        key,
        k ->
            buckets.bucket(
                k,
                BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, pace).build())
                    .build()));
  }

  /** The pace is part of the key: a changed pace starts a bucket of its own. */
  private static String key(UUID site, Duration pace) {
    return "publishing.site." + site + "." + pace.toNanos();
  }
}
