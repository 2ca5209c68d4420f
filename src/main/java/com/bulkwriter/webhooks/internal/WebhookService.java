package com.bulkwriter.webhooks.internal;

import com.bulkwriter.support.ConflictException;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import com.bulkwriter.support.NotFoundException;
import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What users do with webhook endpoints. {@code scope} is the owner filter ({@code null}: an admin,
 * every owner); another user's endpoint is "not found".
 */
@Service
public class WebhookService {

  private final Endpoints endpoints;
  private final Deliveries deliveries;
  private final WebhookOutbox outbox;
  private final Destinations destinations;
  private final SigningSecrets secrets;
  private final Clock clock;

  WebhookService(
      Endpoints endpoints,
      Deliveries deliveries,
      WebhookOutbox outbox,
      Destinations destinations,
      SigningSecrets secrets,
      Clock clock) {
    this.endpoints = endpoints;
    this.deliveries = deliveries;
    this.outbox = outbox;
    this.destinations = destinations;
    this.secrets = secrets;
    this.clock = clock;
  }

  /** A new endpoint with its signing secret: the only time the secret is shown. */
  public record Created(Endpoint endpoint, String secret) {
    @Override
    public String toString() {
      return "Created[" + endpoint.id() + "]";
    }
  }

  /**
   * Registers an endpoint; its signing secret is stored encrypted.
   *
   * @throws com.bulkwriter.support.UnprocessableException without BULKWRITER_SECRETS_KEY
   */
  public Created create(String owner, EndpointRequest request) {
    Valid valid = validate(request);
    Instant now = clock.instant();
    Endpoint endpoint =
        new Endpoint(
            UUID.randomUUID(),
            owner,
            valid.url(),
            valid.description(),
            valid.types(),
            valid.enabled(),
            null,
            null,
            null,
            0,
            now,
            now);
    String secret = Signatures.newSecret();
    endpoints.insert(endpoint, secrets.seal(endpoint.id(), secret));
    return new Created(endpoint, secret);
  }

  public List<Endpoint> endpoints(String scope) {
    return endpoints.list(scope);
  }

  public Endpoint endpoint(String scope, UUID id) {
    return endpoints.find(scope, id).orElseThrow(() -> new NotFoundException("No webhook " + id));
  }

  /** Changes the endpoint; disabling it fails the deliveries still waiting for it. */
  public Endpoint update(String scope, UUID id, EndpointRequest request) {
    endpoint(scope, id);
    Valid valid = validate(request);
    Instant now = clock.instant();
    if (!endpoints.update(
        scope, id, valid.url(), valid.description(), valid.types(), valid.enabled(), now)) {
      throw new NotFoundException("No webhook " + id);
    }
    if (!valid.enabled()) {
      deliveries.failPending(id, "The endpoint was disabled", now);
    }
    return endpoint(scope, id);
  }

  /** A new signing secret; the old one stops working at once. */
  public Created rotateSecret(String scope, UUID id) {
    endpoint(scope, id);
    String secret = Signatures.newSecret();
    if (!endpoints.rotate(scope, id, secrets.seal(id, secret), clock.instant())) {
      throw new NotFoundException("No webhook " + id);
    }
    return new Created(endpoint(scope, id), secret);
  }

  public void delete(String scope, UUID id) {
    if (!endpoints.delete(scope, id)) {
      throw new NotFoundException("No webhook " + id);
    }
  }

  /** Queues a {@code webhook.test} event now; 409 while the endpoint is disabled. */
  public UUID sendTest(String scope, UUID id) {
    Endpoint endpoint = endpoint(scope, id);
    if (!endpoint.enabled()) {
      throw new ConflictException(
          "Webhook %s is disabled; enable it to send a test event".formatted(id));
    }
    return outbox.enqueueTest(endpoint);
  }

  /** The endpoint's delivery log, newest first. */
  public PageOf<Delivery> deliveries(String scope, UUID id, PageRequest page) {
    endpoint(scope, id);
    return deliveries.page(id, page);
  }

  private record Valid(String url, String description, List<EventType> types, boolean enabled) {}

  private Valid validate(EndpointRequest request) {
    List<InputError> errors = new ArrayList<>();
    String url = request.url() == null ? "" : request.url().trim();
    if (url.isEmpty()) {
      errors.add(InputError.field("url", "is required"));
    } else if (url.length() > 2000) {
      errors.add(InputError.field("url", "must be at most 2000 characters"));
    } else {
      destinations.refusal(url).ifPresent(why -> errors.add(InputError.field("url", why)));
    }
    String description = request.description() == null ? "" : request.description().trim();
    if (description.length() > 500) {
      errors.add(InputError.field("description", "must be at most 500 characters"));
    }
    Set<EventType> types = new LinkedHashSet<>();
    List<String> names = request.eventTypes() == null ? List.of() : request.eventTypes();
    if (names.isEmpty()) {
      errors.add(InputError.field("eventTypes", "choose at least one event type"));
    }
    for (String name : names) {
      Optional<EventType> type = EventType.parse(name == null ? "" : name.trim());
      type.ifPresentOrElse(
          types::add,
          () ->
              errors.add(
                  InputError.field(
                      "eventTypes",
                      "unknown event type '%s'; one of %s"
                          .formatted(
                              name,
                              EventType.subscribable().stream().map(EventType::key).toList()))));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The webhook cannot be saved as it is", errors);
    }
    // keep the order of the one list, whatever order they came in
    List<EventType> ordered = EventType.subscribable().stream().filter(types::contains).toList();
    return new Valid(url, description, ordered, request.enabled() == null || request.enabled());
  }
}
