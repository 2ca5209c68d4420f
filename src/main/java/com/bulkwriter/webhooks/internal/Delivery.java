package com.bulkwriter.webhooks.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event on its way to one endpoint, with its attempts so far (the delivery log).
 *
 * @param lastStatusCode the HTTP status of the last attempt, {@code null} when none answered
 */
public record Delivery(
    UUID id,
    UUID endpointId,
    String eventType,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    @Nullable Integer lastStatusCode,
    @Nullable String lastError,
    Instant createdAt,
    @Nullable Instant finishedAt,
    List<Attempt> log) {

  /** The {@code webhook-id} header: the same for every attempt of this delivery. */
  public String webhookId() {
    return webhookId(id);
  }

  static String webhookId(UUID id) {
    return "msg_" + id.toString().replace("-", "");
  }

  /**
   * One HTTP attempt.
   *
   * @param statusCode the endpoint's answer, {@code null} when there was none (refused, timeout)
   * @param responseExcerpt the start of the answer's body
   */
  public record Attempt(
      int attempt,
      Instant at,
      @Nullable Integer statusCode,
      long durationMs,
      @Nullable String error,
      @Nullable String responseExcerpt) {

    boolean succeeded() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
  }
}
