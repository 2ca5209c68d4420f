package com.bulkwriter.progress.web;

import com.bulkwriter.progress.internal.Watchers;
import com.bulkwriter.security.SignIns;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * STOMP over WebSocket at {@code /ws} with the in-memory broker: {@code /topic/batches.{id}} for a
 * batch's events, {@code /user/queue/notifications} for the signed-in user's notifications and
 * {@code /user/queue/exports} for the changes of the user's exports. The handshake is an ordinary
 * request, so the security filter chain authenticates it (session cookie or {@code Authorization:
 * Bearer}); {@link SubscriptionGuard} checks every frame after it, and {@link LiveSessions} closes
 * the sessions whose sign-in has ended.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class LiveConfiguration implements WebSocketMessageBrokerConfigurer {

  private final Watchers watchers;
  private final SignIns signIns;
  private final LiveSessions sessions;
  private final MessageChannel outbound;

  LiveConfiguration(
      Watchers watchers,
      SignIns signIns,
      LiveSessions sessions,
      @Lazy @Qualifier("clientOutboundChannel") MessageChannel outbound) {
    this.watchers = watchers;
    this.signIns = signIns;
    this.sessions = sessions;
    this.outbound = outbound;
  }

  @Override
  public void registerStompEndpoints(StompEndpointRegistry registry) {
    // same origin only: the UI is served by this application
    registry.addEndpoint("/ws").addInterceptors(new OriginCheck());
  }

  @Override
  public void configureMessageBroker(MessageBrokerRegistry registry) {
    registry.enableSimpleBroker("/topic", "/queue");
    registry.setApplicationDestinationPrefixes("/app");
    registry.setUserDestinationPrefix("/user");
    // the outbound channel's thread pool may otherwise reorder one session's messages
    registry.setPreservePublishOrder(true);
  }

  @Override
  public void configureClientInboundChannel(ChannelRegistration registration) {
    registration.interceptors(
        new SubscriptionGuard(watchers, signIns), new SubscriptionReceipts(outbound));
  }

  @Override
  public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
    registration.addDecoratorFactory(sessions);
  }
}
