package com.bulkwriter.webhooks.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts events in the outbox: one delivery per enabled endpoint of the event's owner that subscribes
 * to its type, with the JSON body {@code {type, timestamp, data}} fixed now (every attempt sends
 * the same bytes, signed afresh). Any module's event reaches webhooks through {@link #enqueue}: a
 * type from {@link EventType} and the {@code data} object.
 */
@Component
public class WebhookOutbox {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Endpoints endpoints;
  private final Deliveries deliveries;
  private final DeliveryRunner runner;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;

  WebhookOutbox(
      Endpoints endpoints,
      Deliveries deliveries,
      DeliveryRunner runner,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.endpoints = endpoints;
    this.deliveries = deliveries;
    this.runner = runner;
    this.clock = clock;
    // events arrive after their change committed, while its (finished) transaction may still be
    // bound to the thread: writes there would never be committed, so the outbox commits its own
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Queues the event for every subscribed endpoint of {@code owner}; returns how many. */
  public int enqueue(String owner, EventType type, Map<String, ?> data) {
    List<Endpoint> subscribed = endpoints.subscribed(owner, type);
    if (subscribed.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    String payload = payload(type, data, now);
    ownTransaction.executeWithoutResult(
        status ->
            subscribed.forEach(
                endpoint ->
                    deliveries.insert(UUID.randomUUID(), endpoint.id(), type, payload, now)));
    runner.wake();
    return subscribed.size();
  }

  /** Queues a {@code webhook.test} event for one endpoint; returns the delivery's id. */
  UUID enqueueTest(Endpoint endpoint) {
    Instant now = clock.instant();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("endpointId", endpoint.id());
    data.put("message", "A test event sent from Bulkwriter's Webhooks page");
    UUID id = UUID.randomUUID();
    deliveries.insert(id, endpoint.id(), EventType.TEST, payload(EventType.TEST, data, now), now);
    runner.wake();
    return id;
  }

  static String payload(EventType type, Map<String, ?> data, Instant now) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.key());
    body.put("timestamp", now.toString());
    body.put("data", data);
    return JSON.writeValueAsString(body);
  }
}
