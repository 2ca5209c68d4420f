package com.bulkwriter.progress.web;

import com.bulkwriter.progress.internal.Watchers;
import com.bulkwriter.security.SignIns;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.util.MimeType;

/**
 * Refuses every STOMP frame of a session without a signed-in user, every SEND (clients only
 * listen), every SUBSCRIBE of a user whose sign-in has ended since the handshake (a revoked token,
 * a disabled account, a new password), and every SUBSCRIBE other than to the user's own
 * notifications, exports or publish jobs or to a batch the user may watch. A refusal closes the
 * session with an ERROR frame, except for a batch that does not exist or is not the user's: a page
 * can ask for one by its address, so that subscription alone is refused, with one MESSAGE on it
 * that carries the header {@code refused: 404} and a problem body, and the session and its other
 * subscriptions stay.
 *
 * <p>The user's own queues are only allowed as {@code /user/queue/...}: Spring resolves that prefix
 * to a queue of the subscribing session, so nobody can name another user's queue this way, while
 * {@code /user/{name}/queue/...} and the resolved {@code /queue/...-user{session}} are refused.
 */
class SubscriptionGuard implements ChannelInterceptor {

  private static final Pattern BATCH =
      Pattern.compile(
          "/topic/batches\\.([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

  static final String NOTIFICATIONS = "/user/queue/notifications";
  static final String EXPORTS = "/user/queue/exports";
  static final String PUBLISHING = "/user/queue/publishing";

  /** Any batch topic, well formed or not; {@link #BATCH} picks the valid ones. */
  static final String BATCH_TOPICS = "/topic/batches.";

  /** The STOMP header of the one message a refused batch subscription gets. */
  static final String REFUSED = "refused";

  private final Watchers watchers;
  private final SignIns signIns;
  private final MessageChannel outbound;

  SubscriptionGuard(Watchers watchers, SignIns signIns, MessageChannel outbound) {
    this.watchers = watchers;
    this.signIns = signIns;
    this.outbound = outbound;
  }

  @Override
  public Message<?> preSend(Message<?> message, MessageChannel channel) {
    StompHeaderAccessor stomp =
        MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
    if (stomp == null || stomp.getCommand() == null) {
      return message;
    }
    StompCommand command = stomp.getCommand();
    if (command == StompCommand.DISCONNECT || command == StompCommand.UNSUBSCRIBE) {
      return message;
    }
    Principal user = stomp.getUser();
    if (!(user instanceof Authentication authentication) || !authentication.isAuthenticated()) {
      throw new MessageDeliveryException("Sign in first");
    }
    return switch (command) {
      case SUBSCRIBE -> {
        if (!signIns.stillValid(authentication)) {
          throw new MessageDeliveryException("Your sign-in has ended: sign in again");
        }
        if (isUnknownBatch(authentication, stomp.getDestination())) {
          refuse(stomp);
          yield null; // the broker never registers it
        }
        checkSubscription(authentication, stomp.getDestination());
        yield message;
      }
      case SEND -> throw new MessageDeliveryException("This endpoint only sends events");
      default -> message;
    };
  }

  private boolean isUnknownBatch(Authentication user, String destination) {
    if (destination == null || !destination.startsWith(BATCH_TOPICS)) {
      return false;
    }
    Matcher batch = BATCH.matcher(destination);
    return !batch.matches() || !watchers.mayWatch(user, UUID.fromString(batch.group(1)));
  }

  /** Tells the subscription it was refused, the same way for a missing and a foreign batch. */
  private void refuse(StompHeaderAccessor subscribe) {
    String id = subscribe.getDestination().substring(BATCH_TOPICS.length());
    String problem =
        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"There is no batch %s that you may watch.\"}"
                .formatted(id.replaceAll("[^0-9A-Za-z-]", "?"));
    StompHeaderAccessor refusal = StompHeaderAccessor.create(StompCommand.MESSAGE);
    refusal.setSessionId(subscribe.getSessionId());
    refusal.setSubscriptionId(subscribe.getSubscriptionId());
    refusal.setDestination(subscribe.getDestination());
    refusal.setMessageId(UUID.randomUUID().toString());
    // JSON as text, like every other frame of the batch topics
    refusal.setContentType(new MimeType("text", "plain", StandardCharsets.UTF_8));
    refusal.setNativeHeader(REFUSED, "404");
    outbound.send(
        MessageBuilder.createMessage(
            problem.getBytes(StandardCharsets.UTF_8), refusal.getMessageHeaders()));
  }

  private void checkSubscription(Authentication user, String destination) {
    if (NOTIFICATIONS.equals(destination)
        || EXPORTS.equals(destination)
        || PUBLISHING.equals(destination)) {
      return;
    }
    Matcher batch = destination == null ? null : BATCH.matcher(destination);
    if (batch != null
        && batch.matches()
        && watchers.mayWatch(user, UUID.fromString(batch.group(1)))) {
      return;
    }
    throw new MessageDeliveryException("Not allowed to subscribe to " + destination);
  }
}
