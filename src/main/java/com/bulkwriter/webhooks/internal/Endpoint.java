package com.bulkwriter.webhooks.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A registered webhook endpoint, as users see it: never with its signing secret.
 *
 * @param disabledReason why the system disabled it (persistent failure), else {@code null}
 * @param failingSince the first failed attempt since its last success, else {@code null}
 * @param consecutiveFailures failed attempts since its last success
 */
public record Endpoint(
    UUID id,
    String owner,
    String url,
    String description,
    List<EventType> eventTypes,
    boolean enabled,
    @Nullable String disabledReason,
    @Nullable Instant disabledAt,
    @Nullable Instant failingSince,
    int consecutiveFailures,
    Instant createdAt,
    Instant updatedAt) {

  boolean subscribes(EventType type) {
    return type == EventType.TEST || eventTypes.contains(type);
  }
}
