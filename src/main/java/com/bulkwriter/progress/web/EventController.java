package com.bulkwriter.progress.web;

import com.bulkwriter.progress.internal.EventLog;
import com.bulkwriter.progress.internal.LiveEvent;
import com.bulkwriter.progress.internal.Watchers;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import com.bulkwriter.support.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Catch-up for clients without WebSocket, or after a reconnect: the events a client missed. */
@RestController
@Tag(name = "Live progress", description = "A batch's numbered events (also pushed over /ws)")
class EventController {

  private final EventLog events;
  private final Watchers watchers;
  private final JsonMapper json;

  EventController(EventLog events, Watchers watchers, JsonMapper json) {
    this.events = events;
    this.watchers = watchers;
    this.json = json;
  }

  /**
   * The batch's events numbered above {@code after}, in order; at most {@value
   * EventLog#MAX_CATCH_UP} per answer (ask again from the last one). Events older than the
   * retention are gone: a client whose first event has a higher number than {@code after + 1}
   * reloads the batch instead.
   */
  @Operation(summary = "A batch's events after a sequence number, in order (catch-up)")
  @GetMapping("/api/articles/queue/{id}/events")
  List<LiveEvent> events(
      @PathVariable UUID id,
      @Parameter(description = "the last sequence number the client saw; 0 for all kept")
          @RequestParam(defaultValue = "0")
          long after) {
    if (after < 0) {
      throw new InvalidInputException(
          "after must not be negative", List.of(InputError.field("after", "must be ≥ 0")));
    }
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (!watchers.mayWatch(user, id)) {
      throw new NotFoundException("No batch " + id);
    }
    return events.after(id, after).stream()
        .map(payload -> json.readValue(payload, LiveEvent.class))
        .toList();
  }
}
