package com.bulkwriter.queue.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every tunable of the queue, with defaults that suit the embedded single-node setup.
 *
 * @param enabled whether this node works the queue at all (an API-only node sets false)
 * @param nodeId this process's name on leases; unique per process by default
 * @param maxInFlight most articles this node generates at once
 * @param pollInterval how long an idle node waits before looking for work again
 * @param leaseDuration how long a claim is valid without a heartbeat
 * @param heartbeatInterval how often a node extends the leases it holds
 * @param rescueInterval how often expired leases are looked for
 * @param completionInterval how often finished batches are marked completed
 * @param maxAttempts attempts per article before it fails for good
 * @param backoffBase delay before the second attempt; doubles with each further attempt
 * @param backoffMax the longest delay between attempts
 * @param shutdownGrace how long shutdown waits for articles in flight before handing them back
 *     without spending their attempt
 */
@ConfigurationProperties("bulkwriter.queue")
record QueueProperties(
    Boolean enabled,
    String nodeId,
    Integer maxInFlight,
    Duration pollInterval,
    Duration leaseDuration,
    Duration heartbeatInterval,
    Duration rescueInterval,
    Duration completionInterval,
    Integer maxAttempts,
    Duration backoffBase,
    Duration backoffMax,
    Duration shutdownGrace) {

  QueueProperties {
    enabled = enabled == null || enabled;
    nodeId = nodeId == null || nodeId.isBlank() ? defaultNodeId() : nodeId;
    maxInFlight = maxInFlight == null ? 16 : maxInFlight;
    pollInterval = or(pollInterval, Duration.ofMillis(250));
    // a dead node's articles are back in the queue within lease + rescue interval (about 18 s);
    // a live node renews five times per lease, so a database stall of 10 s costs nothing
    leaseDuration = or(leaseDuration, Duration.ofSeconds(15));
    heartbeatInterval = or(heartbeatInterval, Duration.ofSeconds(3));
    rescueInterval = or(rescueInterval, Duration.ofSeconds(3));
    completionInterval = or(completionInterval, Duration.ofMillis(500));
    maxAttempts = maxAttempts == null ? 5 : maxAttempts;
    backoffBase = or(backoffBase, Duration.ofSeconds(2));
    backoffMax = or(backoffMax, Duration.ofMinutes(5));
    shutdownGrace = or(shutdownGrace, Duration.ofSeconds(20));
    if (maxInFlight < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException(
          "bulkwriter.queue.max-in-flight and max-attempts must be ≥ 1");
    }
    if (!heartbeatInterval.minus(leaseDuration).isNegative()) {
      throw new IllegalArgumentException(
          "bulkwriter.queue.heartbeat-interval must be shorter than lease-duration");
    }
  }

  private static Duration or(Duration value, Duration fallback) {
    return value != null ? value : fallback;
  }

  private static String defaultNodeId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "node";
    }
    return host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
