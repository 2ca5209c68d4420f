package com.bulkwriter.progress.internal;

import java.util.UUID;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.stereotype.Component;

/**
 * This node's WebSocket subscribers: a batch's events go to {@code /topic/batches.{id}},
 * notifications also to the owner's {@code /user/queue/notifications}.
 */
@Component
class Subscribers {

  static final String BATCH_TOPIC = "/topic/batches.";
  static final String NOTIFICATIONS = "/queue/notifications";

  private final SimpMessageSendingOperations messages;

  Subscribers(SimpMessageSendingOperations messages) {
    this.messages = messages;
  }

  void deliver(UUID batchId, String owner, LiveEvent.Kind kind, String json) {
    messages.convertAndSend(BATCH_TOPIC + batchId, json);
    if (kind == LiveEvent.Kind.NOTIFICATION) {
      messages.convertAndSendToUser(owner, NOTIFICATIONS, json);
    }
  }
}
