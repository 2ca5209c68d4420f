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
 * Keeps requests to each site at least {@code bulkwriter.publishing.request-pace} apart across
 * every node, and holds them back as long as a site's {@code Retry-After} asked: one Bucket4j
 * bucket per site (one token, refilled once per pace) in the generation module's {@link
 * SharedBuckets}, which live in the database on PostgreSQL. A {@code Retry-After} takes the tokens
 * of that wait ahead of time, so the next request on any node waits for it. Should the shared
 * bucket be out of reach, this node paces on its own until it is back.
 */
@Component
class SitePace {

  private static final Logger log = LoggerFactory.getLogger(SitePace.class);

  /** A pace of zero is a bucket refilled every millisecond: no wait worth the name. */
  private static final Duration SHORTEST = Duration.ofMillis(1);

  private final SharedBuckets shared;
  private final SharedBuckets local = SharedBuckets.inThisProcess();
  private final Duration pace;
  private final BucketConfiguration configuration;
  private final Map<UUID, Bucket> sharedBuckets = new ConcurrentHashMap<>();
  private final Map<UUID, Bucket> localBuckets = new ConcurrentHashMap<>();

  SitePace(PublishingProperties properties, SharedBuckets shared) {
    this.shared = shared;
    this.pace =
        properties.requestPace().compareTo(SHORTEST) < 0 ? SHORTEST : properties.requestPace();
    this.configuration =
        BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, pace).build())
            .build();
  }

  /** Waits until a request to the site is due, then takes its turn. */
  void await(UUID site) throws InterruptedException {
    try {
      bucket(site).asBlocking().consume(1);
    } catch (RuntimeException e) {
      log.warn("The shared pace of site {} is out of reach; pacing on this node alone", site, e);
      localBuckets.computeIfAbsent(site, id -> local.bucket(key(id), configuration))
          .asBlocking()
          .consume(1);
    }
  }

  /** The site asked for a pause ({@code Retry-After}): no request to it before that has passed. */
  void holdBack(UUID site, Duration wait) {
    long turns = Math.ceilDiv(wait.toNanos(), pace.toNanos());
    try {
      bucket(site).consumeIgnoringRateLimits(turns);
    } catch (RuntimeException e) {
      log.warn("The shared pace of site {} is out of reach; holding back on this node", site, e);
    }
    localBuckets.computeIfAbsent(site, id -> local.bucket(key(id), configuration))
        .consumeIgnoringRateLimits(turns);
  }

  private Bucket bucket(UUID site) {
    return sharedBuckets.computeIfAbsent(site, id -> shared.bucket(key(id), configuration));
  }

  /** The pace is part of the key: a node started with another pace does not inherit the old one. */
  private String key(UUID site) {
    return "publishing.site." + site + "." + pace.toNanos();
  }
}
