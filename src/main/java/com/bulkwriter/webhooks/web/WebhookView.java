package com.bulkwriter.webhooks.web;

import com.bulkwriter.webhooks.internal.Endpoint;
import com.bulkwriter.webhooks.internal.EventType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook endpoint as the API shows it, without its signing secret (shown once, at creation and
 * on rotation, in {@link WebhookSecretView}).
 */
record WebhookView(
    UUID id,
    String owner,
    String url,
    String description,
    List<String> eventTypes,
    boolean enabled,
    @Schema(description = "Why the system disabled it after persistent failure, else null")
        String disabledReason,
    Instant disabledAt,
    @Schema(description = "First failed attempt since the last success, else null")
        Instant failingSince,
    int consecutiveFailures,
    Instant createdAt,
    Instant updatedAt) {

  static WebhookView of(Endpoint endpoint) {
    return new WebhookView(
        endpoint.id(),
        endpoint.owner(),
        endpoint.url(),
        endpoint.description(),
        endpoint.eventTypes().stream().map(EventType::key).toList(),
        endpoint.enabled(),
        endpoint.disabledReason(),
        endpoint.disabledAt(),
        endpoint.failingSince(),
        endpoint.consecutiveFailures(),
        endpoint.createdAt(),
        endpoint.updatedAt());
  }
}
