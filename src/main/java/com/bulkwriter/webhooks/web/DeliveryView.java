package com.bulkwriter.webhooks.web;

import com.bulkwriter.webhooks.internal.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event on its way to an endpoint, for the delivery log: its status ({@code PENDING}, {@code
 * DELIVERING}, {@code SUCCEEDED}, {@code FAILED}) and every attempt with its response code.
 */
record DeliveryView(
    UUID id,
    String webhookId,
    String eventType,
    String status,
    int attempts,
    Instant nextAttemptAt,
    Integer lastStatusCode,
    String lastError,
    Instant createdAt,
    Instant finishedAt,
    List<AttemptView> log) {

  /** One HTTP attempt: when, the response code (null: no answer), how long, what came back. */
  record AttemptView(
      int attempt,
      Instant at,
      Integer statusCode,
      long durationMs,
      String error,
      String responseExcerpt) {}

  static DeliveryView of(Delivery delivery) {
    return new DeliveryView(
        delivery.id(),
        delivery.webhookId(),
        delivery.eventType(),
        delivery.status().name(),
        delivery.attempts(),
        delivery.nextAttemptAt(),
        delivery.lastStatusCode(),
        delivery.lastError(),
        delivery.createdAt(),
        delivery.finishedAt(),
        delivery.log().stream()
            .map(
                a ->
                    new AttemptView(
                        a.attempt(),
                        a.at(),
                        a.statusCode(),
                        a.durationMs(),
                        a.error(),
                        a.responseExcerpt()))
            .toList());
  }
}
