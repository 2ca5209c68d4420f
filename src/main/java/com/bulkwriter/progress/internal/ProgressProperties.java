package com.bulkwriter.progress.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Every tunable of live progress.
 *
 * @param retention how long events are kept for clients that catch up
 * @param cleanupInterval how often older events are removed
 * @param progressInterval least time between two progress (counts and time left) events of one
 *     batch; article state changes and notifications are never held back
 * @param failureInterval failed articles are announced in one notification per this interval
 * @param etaWindow how far back the rate measured for the time left looks (stretched to at least
 *     three article times, so articles finishing in waves are read right)
 * @param relayPollInterval on PostgreSQL, how often a node also polls for other nodes' events, in
 *     case a notification was lost while its listening connection was broken
 * @param relayMargin how far back each poll looks beyond the previous one (slow commits, clocks)
 * @param frameInterval least time between two WebSocket frames of one batch: events that follow
 *     each other closer than this leave together in one frame (a JSON array), none is dropped
 * @param maxFrameSize most bytes of events in one frame (more leave in several frames); below the 8
 *     KB message buffer of common Java WebSocket clients
 */
@ConfigurationProperties("bulkwriter.progress")
public record ProgressProperties(
    Duration retention,
    Duration cleanupInterval,
    Duration progressInterval,
    Duration failureInterval,
    Duration etaWindow,
    Duration relayPollInterval,
    Duration relayMargin,
    Duration frameInterval,
    DataSize maxFrameSize) {

  public ProgressProperties {
    retention = or(retention, Duration.ofHours(24));
    cleanupInterval = or(cleanupInterval, Duration.ofMinutes(10));
    progressInterval = or(progressInterval, Duration.ofMillis(500));
    failureInterval = or(failureInterval, Duration.ofSeconds(5));
    etaWindow = or(etaWindow, Duration.ofSeconds(30));
    relayPollInterval = or(relayPollInterval, Duration.ofSeconds(2));
    relayMargin = or(relayMargin, Duration.ofSeconds(10));
    frameInterval = or(frameInterval, Duration.ofMillis(100));
    maxFrameSize = maxFrameSize == null ? DataSize.ofBytes(7_680) : maxFrameSize;
    if (maxFrameSize.toBytes() < 1_024 || maxFrameSize.toBytes() > 16 * 1024 * 1024) {
      throw new IllegalArgumentException(
          "bulkwriter.progress.max-frame-size must be between 1KB and 16MB");
    }
    if (progressInterval.isNegative()
        || failureInterval.isNegative()
        || frameInterval.isNegative()) {
      throw new IllegalArgumentException("bulkwriter.progress intervals must not be negative");
    }
    if (relayPollInterval.toMillis() < 10) {
      throw new IllegalArgumentException("bulkwriter.progress.relay-poll-interval must be ≥ 10ms");
    }
    if (etaWindow.isZero() || etaWindow.isNegative()) {
      throw new IllegalArgumentException("bulkwriter.progress.eta-window must be positive");
    }
  }

  private static Duration or(Duration value, Duration fallback) {
    return value == null ? fallback : value;
  }
}
