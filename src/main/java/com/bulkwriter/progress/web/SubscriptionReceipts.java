package com.bulkwriter.progress.web;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;

/**
 * Answers a SUBSCRIBE that asks for a receipt once the broker has registered it, which the simple
 * broker does not do by itself. A client that waits for the receipt before catching up over REST
 * cannot miss an event between the two.
 */
class SubscriptionReceipts implements ExecutorChannelInterceptor {

  private final MessageChannel outbound;

  SubscriptionReceipts(MessageChannel outbound) {
    this.outbound = outbound;
  }

  @Override
  public void afterMessageHandled(
      Message<?> message, MessageChannel channel, MessageHandler handler, Exception failure) {
    if (failure != null || !(handler instanceof SimpleBrokerMessageHandler)) {
      return;
    }
    StompHeaderAccessor stomp =
        MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
    if (stomp == null
        || stomp.getCommand() != StompCommand.SUBSCRIBE
        || stomp.getReceipt() == null) {
      return;
    }
    StompHeaderAccessor receipt = StompHeaderAccessor.create(StompCommand.RECEIPT);
    receipt.setReceiptId(stomp.getReceipt());
    receipt.setSessionId(stomp.getSessionId());
    outbound.send(MessageBuilder.createMessage(new byte[0], receipt.getMessageHeaders()));
  }
}
