package com.bulkwriter.progress.web;

import com.bulkwriter.security.SignIns;
import com.bulkwriter.security.SignInsEnded;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

/**
 * The open WebSocket sessions of this node. When some sign-ins of a user end (a token revoked, the
 * account disabled, its password reset or changed), every session of that user whose sign-in no
 * longer holds is closed at once, so its frames stop; {@link SubscriptionGuard} refuses the frames
 * of any that is still on its way out.
 */
@Component
class LiveSessions implements WebSocketHandlerDecoratorFactory {

  private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);
  static final CloseStatus SIGNED_OUT = CloseStatus.POLICY_VIOLATION.withReason("Signed out");

  private final Map<String, WebSocketSession> open = new ConcurrentHashMap<>();
  private final SignIns signIns;

  LiveSessions(SignIns signIns) {
    this.signIns = signIns;
  }

  @Override
  public WebSocketHandler decorate(WebSocketHandler handler) {
    return new WebSocketHandlerDecorator(handler) {
      @Override
      public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        open.put(session.getId(), session);
        super.afterConnectionEstablished(session);
      }

      @Override
      public void afterConnectionClosed(WebSocketSession session, CloseStatus status)
          throws Exception {
        open.remove(session.getId());
        super.afterConnectionClosed(session, status);
      }
    };
  }

  @EventListener
  void signInsEnded(SignInsEnded ended) {
    open.values().stream()
        .filter(session -> isOf(session.getPrincipal(), ended.username()))
        .filter(session -> !signIns.stillValid(session.getPrincipal()))
        .forEach(LiveSessions::close);
  }

  private static boolean isOf(Principal user, String username) {
    return user != null && user.getName().equals(username);
  }

  private static void close(WebSocketSession session) {
    try {
      session.close(SIGNED_OUT);
      log.info("Live session {} closed: its sign-in has ended", session.getId());
    } catch (IOException | RuntimeException e) {
      log.debug("Live session {} was closing already", session.getId(), e);
    }
  }
}
