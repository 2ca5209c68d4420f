package com.bulkwriter.webhooks.web;

import com.bulkwriter.security.CurrentOwner;
import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
import com.bulkwriter.webhooks.internal.EndpointRequest;
import com.bulkwriter.webhooks.internal.EventType;
import com.bulkwriter.webhooks.internal.WebhookService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registering webhook endpoints, their secrets, test sends and delivery logs (docs/webhooks.md).
 */
@RestController
@RequestMapping("/api/webhooks")
@Tag(
    name = "Webhooks",
    description = "Signed events (Standard Webhooks) to your endpoints; see docs/webhooks.md")
@ApiResponse(responseCode = "404", description = "No such webhook (or not yours)")
class WebhookController {

  private final WebhookService service;
  private final CurrentOwner owner;

  WebhookController(WebhookService service, CurrentOwner owner) {
    this.service = service;
    this.owner = owner;
  }

  @Operation(summary = "The event types an endpoint can subscribe to")
  @ApiResponse(
      responseCode = "200",
      description = "The event types, in the order the UI offers them")
  @GetMapping("/event-types")
  List<String> eventTypes() {
    return EventType.subscribable().stream().map(EventType::key).toList();
  }

  @Operation(summary = "Your webhook endpoints (an admin sees everyone's)")
  @ApiResponse(responseCode = "200", description = "The endpoints, oldest first")
  @GetMapping
  List<WebhookView> webhooks() {
    return service.endpoints(owner.scope()).stream().map(WebhookView::of).toList();
  }

  @Operation(
      summary = "Register an endpoint",
      description =
          "Body: {\"url\", \"description\", \"eventTypes\": [\"batch.completed\", ...], \"enabled\"}."
              + " The answer carries the signing secret, shown only this once; it is stored"
              + " encrypted with BULKWRITER_SECRETS_KEY. URLs on loopback,"
              + " private, link-local, unspecified or multicast addresses are refused unless"
              + " bulkwriter.webhooks.allow-private-destinations is set.")
  @ApiResponse(responseCode = "201", description = "Created; Location is the endpoint")
  @ApiResponse(
      responseCode = "400",
      description = "A bad URL, description or event type; `errors` names each field")
  @ApiResponse(
      responseCode = "422",
      description =
          "The server has no BULKWRITER_SECRETS_KEY to encrypt the signing secret with; the detail"
              + " says how to set one")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<WebhookSecretView> create(@RequestBody EndpointRequest request) {
    WebhookService.Created created = service.create(owner.get(), request);
    WebhookView view = WebhookView.of(created.endpoint());
    return ResponseEntity.created(URI.create("/api/webhooks/" + view.id()))
        .body(new WebhookSecretView(view, created.secret()));
  }

  @Operation(summary = "One endpoint")
  @ApiResponse(responseCode = "200", description = "The endpoint, without its secret")
  @GetMapping("/{id}")
  WebhookView webhook(@PathVariable UUID id) {
    return WebhookView.of(service.endpoint(owner.scope(), id));
  }

  @Operation(
      summary = "Change an endpoint (URL, description, event types, enabled)",
      description =
          "Enabling clears an automatic disabling; disabling fails the deliveries still waiting.")
  @ApiResponse(
      responseCode = "400",
      description = "A bad URL, description or event type; `errors` names each field")
  @ApiResponse(responseCode = "200", description = "The changed endpoint")
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  WebhookView update(@PathVariable UUID id, @RequestBody EndpointRequest request) {
    return WebhookView.of(service.update(owner.scope(), id, request));
  }

  @Operation(summary = "Delete an endpoint and its delivery log")
  @ApiResponse(responseCode = "204", description = "Deleted")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    service.delete(owner.scope(), id);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Replace the signing secret; the new one is shown only in this answer")
  @ApiResponse(responseCode = "200", description = "The endpoint and its new secret")
  @ApiResponse(responseCode = "422", description = "No BULKWRITER_SECRETS_KEY (as for creating)")
  @PostMapping("/{id}/rotate-secret")
  WebhookSecretView rotateSecret(@PathVariable UUID id) {
    WebhookService.Created rotated = service.rotateSecret(owner.scope(), id);
    return new WebhookSecretView(WebhookView.of(rotated.endpoint()), rotated.secret());
  }

  @Operation(
      summary = "Send a test event (webhook.test) now",
      description = "Queued at once; follow it in the delivery log.")
  @ApiResponse(responseCode = "202", description = "Queued; `deliveryId` names it")
  @ApiResponse(responseCode = "409", description = "The endpoint is disabled")
  @PostMapping("/{id}/test")
  ResponseEntity<Map<String, UUID>> sendTest(@PathVariable UUID id) {
    return ResponseEntity.accepted()
        .body(Map.of("deliveryId", service.sendTest(owner.scope(), id)));
  }

  @Operation(summary = "The endpoint's delivery log, newest first, with every attempt")
  @ApiResponse(responseCode = "200", description = "One page of deliveries, each with its attempts")
  @GetMapping("/{id}/deliveries")
  PageOf<DeliveryView> deliveries(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return service.deliveries(owner.scope(), id, new PageRequest(page, size)).map(DeliveryView::of);
  }
}
