package com.bulkwriter.publishing.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's requests to each site at least {@code bulkwriter.publishing.request-pace}
 * apart, and holds them back as long as a site's {@code Retry-After} asked. Each caller reserves
 * the next free moment and sleeps until it. Wall time ({@link System#nanoTime}) on purpose: this is
 * about real seconds between real requests.
 */
@Component
class SitePace {

  private final long paceNanos;
  private final Map<UUID, Long> next = new HashMap<>();

  SitePace(PublishingProperties properties) {
    this.paceNanos = properties.requestPace().toNanos();
  }

  /** Waits until this node may send the site its next request. */
  void await(UUID site) throws InterruptedException {
    long at;
    synchronized (this) {
      long now = System.nanoTime();
      at = Math.max(now, next.getOrDefault(site, now));
      next.put(site, at + paceNanos);
    }
    long wait = at - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(Duration.ofNanos(wait));
    }
  }

  /** The site asked for a pause ({@code Retry-After}): no request to it before that has passed. */
  synchronized void holdBack(UUID site, Duration wait) {
    long until = System.nanoTime() + wait.toNanos();
    next.merge(site, until, Math::max);
  }
}
