package com.bulkwriter.webhooks.internal;

import java.util.List;

/**
 * What a user sends to register or change an endpoint.
 *
 * @param url where events are POSTed (http or https)
 * @param description what the endpoint is for (optional)
 * @param eventTypes the event types it receives, e.g. {@code ["batch.completed"]}
 * @param enabled whether it receives events (default true); enabling again clears an automatic
 *     disabling
 */
public record EndpointRequest(
    String url, String description, List<String> eventTypes, Boolean enabled) {}
