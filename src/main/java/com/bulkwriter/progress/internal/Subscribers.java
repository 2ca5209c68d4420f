package com.bulkwriter.progress.internal;

import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.stereotype.Component;

/**
 * This node's WebSocket subscribers: a batch's events go to {@code /topic/batches.{id}} in frames
 * (JSON arrays, see {@link Frames}), notifications also one by one to the owner's {@code
 * /user/queue/notifications}.
 */
@Component
class Subscribers implements DisposableBean {

  static final String BATCH_TOPIC = "/topic/batches.";
  static final String NOTIFICATIONS = "/queue/notifications";

  private final SimpMessageSendingOperations messages;
  private final Frames frames;

  Subscribers(SimpMessageSendingOperations messages, ProgressProperties properties, Clock clock) {
    this.messages = messages;
    this.frames =
        new Frames(
            properties.frameInterval().toMillis(),
            (int) properties.maxFrameSize().toBytes(),
            clock,
            (batchId, frame) -> messages.convertAndSend(BATCH_TOPIC + batchId, frame));
  }

  void deliver(UUID batchId, long seq, String owner, LiveEvent.Kind kind, String json) {
    frames.add(batchId, seq, json);
    if (kind == LiveEvent.Kind.NOTIFICATION) {
      messages.convertAndSendToUser(owner, NOTIFICATIONS, json);
    }
  }

  @Override
  public void destroy() {
    frames.close();
  }
}
