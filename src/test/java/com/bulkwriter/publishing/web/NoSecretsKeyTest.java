package com.bulkwriter.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.ApiTest;
import com.bulkwriter.support.DatabaseUnderTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A server without BULKWRITER_SECRETS_KEY stores no site password and no webhook signing secret,
 * and says how to set the key.
 */
@TestPropertySource(properties = "bulkwriter.secrets.key=")
class NoSecretsKeyTest extends ApiTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.register(registry);
  }

  @Test
  void connectingASiteIsRefusedWithHowToSetTheKey() {
    var refused =
        admin.post(
            "/api/sites",
            "application/json",
            """
            {"url": "https://example.com", "username": "editor",
             "applicationPassword": "abcd efgh ijkl mnop qrst uvwx"}""");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("detail").stringValue())
        .contains("BULKWRITER_SECRETS_KEY", "openssl rand -base64 32");
    assertThat(admin.get("/api/sites").json().size()).isZero();
  }

  @Test
  void registeringAWebhookIsRefusedWithHowToSetTheKey() {
    var refused =
        admin.post(
            "/api/webhooks",
            "application/json",
            """
            {"url": "https://example.com/hooks", "eventTypes": ["batch.completed"]}""");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("detail").stringValue())
        .contains("BULKWRITER_SECRETS_KEY", "openssl rand -base64 32");
    assertThat(admin.get("/api/webhooks").json().size()).isZero();
  }
}
