package com.bulkwriter.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.webhooks.WebhookReceiver;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

  final WebhookReceiver receiver = new WebhookReceiver();
  final String secret = Signatures.newSecret();

  @AfterEach
  void stop() {
    receiver.close();
  }

  static WebhookProperties properties(boolean allowPrivate) {
    return new WebhookProperties(
        allowPrivate,
        Duration.ofMillis(500),
        Duration.ofMillis(500),
        null,
        null,
        null,
        null,
        null,
        null,
        Duration.ofSeconds(5),
        null,
        null,
        12);
  }

  static WebhookSender sender(boolean allowPrivate) {
    WebhookProperties properties = properties(allowPrivate);
    return new WebhookSender(new Destinations(properties), properties, Clock.systemUTC());
  }

  @Test
  void anAttemptIsSignedAsTheStandardSaysAndRecordsCodeDurationAndAnExcerpt() throws Exception {
    WebhookSender sender = sender(true);
    Delivery.Attempt attempt =
        sender.send(receiver.url("/hook"), secret, "msg_abc", "{\"type\":\"x\"}", 3);
    sender.destroy();

    assertThat(attempt.statusCode()).isEqualTo(200);
    assertThat(attempt.attempt()).isEqualTo(3);
    assertThat(attempt.responseExcerpt()).isEqualTo("answered 200");
    assertThat(attempt.error()).isNull();
    var request = receiver.received().getFirst();
    assertThat(request.header("webhook-id")).isEqualTo("msg_abc");
    assertThat(request.header("content-type")).startsWith("application/json");
    assertThat(request.signedWith(secret)).isTrue();
    assertThat(request.signedWith(Signatures.newSecret())).isFalse();
  }

  @Test
  void aLongAnswerIsCutToTheExcerptLength() throws Exception {
    receiver.answer(503);
    WebhookSender sender = sender(true);
    Delivery.Attempt attempt = sender.send(receiver.url("/"), secret, "msg_1", "{}", 1);
    sender.destroy();

    assertThat(attempt.statusCode()).isEqualTo(503);
    assertThat(attempt.responseExcerpt()).isEqualTo("answered 503");
    assertThat(attempt.succeeded()).isFalse();
  }

  @Test
  void redirectsAreNotFollowed() throws Exception {
    receiver.answer(302);
    WebhookSender sender = sender(true);
    Delivery.Attempt attempt = sender.send(receiver.url("/"), secret, "msg_1", "{}", 1);
    sender.destroy();

    assertThat(attempt.statusCode()).isEqualTo(302);
    assertThat(attempt.succeeded()).isFalse();
    assertThat(attempt.error()).contains("Redirects are not followed");
    assertThat(receiver.received()).hasSize(1);
  }

  @Test
  void aPrivateDestinationIsRefusedAtDeliveryWithoutConnecting() throws Exception {
    WebhookSender sender = sender(false);
    Delivery.Attempt attempt = sender.send(receiver.url("/hook"), secret, "msg_1", "{}", 1);
    Delivery.Attempt byName =
        sender.send(receiver.url("/hook").replace("127.0.0.1", "localhost"), secret, "m", "{}", 1);
    sender.destroy();

    assertThat(attempt.statusCode()).isNull();
    assertThat(attempt.error()).contains("bulkwriter.webhooks.allow-private-destinations");
    assertThat(byName.error()).contains("localhost resolves to");
    assertThat(receiver.received()).isEmpty();
  }

  @Test
  void anEndpointThatDoesNotAnswerInTimeIsAFailedAttempt() throws Exception {
    HttpServer silent =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    silent.createContext(
        "/",
        exchange -> {
          try {
            Thread.sleep(5_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    silent.start();
    try {
      WebhookSender sender = sender(true);
      long started = System.nanoTime();
      Delivery.Attempt attempt =
          sender.send(
              "http://127.0.0.1:" + silent.getAddress().getPort() + "/", secret, "m", "{}", 1);
      sender.destroy();

      assertThat(attempt.statusCode()).isNull();
      assertThat(attempt.error()).isNotBlank();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    } finally {
      silent.stop(0);
    }
  }

  @Test
  void aMalformedUrlIsAFailedAttemptNotACrash() throws Exception {
    WebhookSender sender = sender(true);
    Delivery.Attempt attempt = sender.send("http://bad host/", secret, "m", "{}", 1);
    sender.destroy();
    assertThat(attempt.statusCode()).isNull();
    assertThat(attempt.error()).isNotBlank();
  }
}
