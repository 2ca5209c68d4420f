package com.bulkwriter.progress.web;

import com.bulkwriter.progress.internal.Watchers;
import com.bulkwriter.security.SignIns;
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
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;

/**
 * Refuses every STOMP frame of a session without a signed-in user, every SEND (clients only
 * listen), every SUBSCRIBE of a user whose sign-in has ended since the handshake (a revoked token,
 * a disabled account, a new password), and every SUBSCRIBE other than to the user's own
 * notifications or exports or to a batch the user may watch. A refusal closes the session with an
 * ERROR frame.
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

  private final Watchers watchers;
  private final SignIns signIns;

  SubscriptionGuard(Watchers watchers, SignIns signIns) {
    this.watchers = watchers;
    this.signIns = signIns;
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
        checkSubscription(authentication, stomp.getDestination());
        yield message;
      }
      case SEND -> throw new MessageDeliveryException("This endpoint only sends events");
      default -> message;
    };
  }

  private void checkSubscription(Authentication user, String destination) {
    if (NOTIFICATIONS.equals(destination) || EXPORTS.equals(destination)) {
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
