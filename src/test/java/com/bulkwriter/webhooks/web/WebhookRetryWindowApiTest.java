package com.bulkwriter.webhooks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.ApiTest;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.webhooks.WebhookReceiver;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The end of the retry window (retry-for, shortened to 2 s): the delivery is FAILED, no attempt is
 * made after it, and an endpoint that failed the whole window is disabled even though disable-after
 * (1 h here) has not passed.
 */
@TestPropertySource(
    properties = {
      "bulkwriter.webhooks.allow-private-destinations=true",
      "bulkwriter.webhooks.poll-interval=100ms",
      "bulkwriter.webhooks.backoff-base=200ms",
      "bulkwriter.webhooks.backoff-max=400ms",
      "bulkwriter.webhooks.retry-for=2s",
      "bulkwriter.webhooks.disable-after=1h",
      "bulkwriter.webhooks.disable-after-failures=2"
    })
class WebhookRetryWindowApiTest extends ApiTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.register(registry);
  }

  @Test
  void aDeliveryFailingItsWholeRetryWindowFailsAndDisablesItsEndpoint() {
    try (var receiver = new WebhookReceiver()) {
      receiver.answerAlways(500);
      String id =
          admin
              .post(
                  "/api/webhooks",
                  "application/json",
                  "{\"url\": \"%s\", \"eventTypes\": [\"batch.completed\"]}"
                      .formatted(receiver.url("/down")))
              .json()
              .get("webhook")
              .get("id")
              .stringValue();

      assertThat(admin.post("/api/webhooks/" + id + "/test").status()).isEqualTo(202);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  admin
                      .get("/api/webhooks/" + id + "/deliveries")
                      .json()
                      .get("content")
                      .get(0)
                      .get("status")
                      .stringValue()
                      .equals("FAILED"));

      JsonNode delivery =
          admin.get("/api/webhooks/" + id + "/deliveries").json().get("content").get(0);
      assertThat(delivery.get("attempts").intValue()).isBetween(2, 15);
      assertThat(delivery.get("lastStatusCode").intValue()).isEqualTo(500);
      assertThat(delivery.get("log")).hasSize(delivery.get("attempts").intValue());
      JsonNode endpoint = admin.get("/api/webhooks/" + id).json();
      assertThat(endpoint.get("enabled").booleanValue()).isFalse();
      assertThat(endpoint.get("disabledReason").stringValue())
          .contains("a delivery failed every attempt for 2 s");
      assertThat(receiver.received()).hasSize(delivery.get("attempts").intValue());
    }
  }
}
