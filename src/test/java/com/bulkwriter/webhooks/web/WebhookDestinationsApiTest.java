package com.bulkwriter.webhooks.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.ApiTest;
import com.bulkwriter.support.DatabaseUnderTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With the default settings, endpoints on non-public addresses are refused at registration. */
class WebhookDestinationsApiTest extends ApiTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.register(registry);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/hook",
        "http://localhost/hook",
        "http://[::1]/hook",
        "http://10.0.0.8/hook",
        "http://192.168.1.20/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00::1]/hook",
        "http://0.0.0.0/hook",
        "http://224.0.0.1/hook"
      })
  void privateLoopbackAndLinkLocalDestinationsAreRefusedNamingTheSetting(String url) {
    var refused =
        admin.post(
            "/api/webhooks",
            "application/json",
            "{\"url\": \"%s\", \"eventTypes\": [\"batch.completed\"]}".formatted(url));

    assertThat(refused.status()).as(url).isEqualTo(400);
    assertThat(refused.json().get("errors").get(0).get("field").stringValue()).isEqualTo("url");
    assertThat(refused.body()).contains("bulkwriter.webhooks.allow-private-destinations");
  }

  @org.junit.jupiter.api.Test
  void aPublicDestinationIsAccepted() {
    var created =
        admin.post(
            "/api/webhooks",
            "application/json",
            "{\"url\": \"https://203.0.113.10/hook\", \"eventTypes\": [\"article.published\"]}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("webhook").get("eventTypes").get(0).stringValue())
        .isEqualTo("article.published");
  }
}
