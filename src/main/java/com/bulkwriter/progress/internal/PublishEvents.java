package com.bulkwriter.progress.internal;

import com.bulkwriter.publishing.PublishJobChanged;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a publish job's changes to its owner's subscribers on this node, on {@code
 * /user/queue/publishing}. {@link OwnerRelay} brings the changes made on other nodes. Like exports'
 * these events are neither numbered nor stored: a client reads {@code GET /api/publish-jobs/{id}}
 * after (re)connecting.
 */
@Component
class PublishEvents {

  static final String PUBLISHING = "/queue/publishing";

  private final SimpMessageSendingOperations messages;
  private final JsonMapper json;

  PublishEvents(SimpMessageSendingOperations messages, JsonMapper json) {
    this.messages = messages;
    this.json = json;
  }

  void deliver(PublishJobChanged changed) {
    messages.convertAndSendToUser(
        changed.owner(),
        PUBLISHING,
        json.writeValueAsString(
            new PublishEvent(PublishEvent.Kind.PUBLISH_JOB_UPDATED, changed.at(), changed)));
  }

  /**
   * A publish job's change as its owner receives it: {@code job} has the fields of {@code GET
   * /api/publish-jobs/{id}} that change.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record PublishEvent(Kind kind, Instant at, PublishJobChanged job) {

    public enum Kind {
      PUBLISH_JOB_UPDATED
    }
  }
}
