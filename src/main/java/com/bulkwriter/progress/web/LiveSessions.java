package com.bulkwriter.progress.web;

import com.bulkwriter.security.SignIns;
import com.bulkwriter.security.SignInsEnded;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * The open WebSocket sessions of this node. When some sign-ins of a user end on this node (a token
 * revoked, the account disabled, its password reset or changed), every session of that user whose
 * sign-in no longer holds is closed at once, so its frames stop; every {@link
 * SignIns#recheckEvery()} all open sessions are checked, which closes those whose sign-in was ended
 * on another node. {@link SubscriptionGuard} refuses the frames of any that is still on its way
 * out.
 */
@Component
class LiveSessions implements WebSocketHandlerDecoratorFactory, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);
  static final CloseStatus SIGNED_OUT = CloseStatus.POLICY_VIOLATION.withReason("Signed out");

  private final Map<String, WebSocketSession> open = new ConcurrentHashMap<>();
  private final SignIns signIns;

  private final ScheduledExecutorService rechecks =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("live-sign-in-check").factory());

  LiveSessions(SignIns signIns) {
    this.signIns = signIns;
    long every = signIns.recheckEvery().toMillis();
    rechecks.scheduleWithFixedDelay(this::recheck, every, every, TimeUnit.MILLISECONDS);
  }

  /** Closes every open session whose sign-in no longer holds. */
  void recheck() {
    try {
      open.values().stream()
          .filter(session -> !signIns.stillValid(session.getPrincipal()))
          .forEach(LiveSessions::close);
    } catch (RuntimeException e) {
      // the database may be away for a moment: the next round checks again
      log.warn("Cannot check the sign-ins of live sessions: {}", e.toString());
    }
  }

  @Override
  public void close() {
    rechecks.shutdownNow();
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
