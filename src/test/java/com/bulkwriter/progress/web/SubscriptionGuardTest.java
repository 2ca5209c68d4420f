package com.bulkwriter.progress.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bulkwriter.security.SignIns;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class SubscriptionGuardTest {

  @Test
  void aSubscribeAfterTheSignInEndedIsRefusedEvenToTheUsersOwnQueue() {
    var guard = new SubscriptionGuard(null, new SignIns(user -> false, Duration.ofSeconds(2)));
    var stomp = StompHeaderAccessor.create(StompCommand.SUBSCRIBE);
    stomp.setDestination(SubscriptionGuard.NOTIFICATIONS);
    stomp.setUser(
        UsernamePasswordAuthenticationToken.authenticated(
            "alice", null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
    var message = MessageBuilder.createMessage(new byte[0], stomp.getMessageHeaders());

    assertThatThrownBy(() -> guard.preSend(message, null))
        .isInstanceOf(MessageDeliveryException.class)
        .hasMessageContaining("sign-in has ended");
  }
}
