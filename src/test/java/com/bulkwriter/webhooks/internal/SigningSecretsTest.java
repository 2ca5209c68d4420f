package com.bulkwriter.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.ApiTest;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.secrets.SecretBox;
import com.bulkwriter.support.secrets.SecretsProperties;
import com.bulkwriter.webhooks.WebhookReceiver;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Signing secrets are stored encrypted with BULKWRITER_SECRETS_KEY; the plain ones earlier versions
 * stored keep signing and are encrypted when a node starts with the key.
 */
@TestPropertySource(
    properties = {
      "bulkwriter.webhooks.allow-private-destinations=true",
      "bulkwriter.webhooks.poll-interval=100ms",
      "bulkwriter.webhooks.backoff-base=30s"
    })
class SigningSecretsTest extends ApiTest {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.register(registry);
  }

  @Autowired JdbcClient jdbc;
  @Autowired SigningSecrets secrets;
  @Autowired SecretBox box;

  final WebhookReceiver receiver = new WebhookReceiver();

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  @Test
  void aNewSecretIsStoredEncryptedUnderTheEndpointsIdAndStillSigns() {
    String[] hook = register("/new");
    String stored = stored(hook[0]);

    assertThat(stored).doesNotContain("whsec_").doesNotContain(hook[1].substring(6));
    assertThat(box.open(UUID.fromString(hook[0]), stored)).isEqualTo(hook[1]);
    assertThat(sendTest(hook[0]).signedWith(hook[1])).isTrue();
  }

  @Test
  void aPlainSecretOfAnEarlierVersionSignsAndIsEncryptedOnStart() {
    String[] hook = register("/legacy");
    String plain = Signatures.newSecret();
    store(hook[0], plain); // as versions before encryption left it

    assertThat(sendTest(hook[0]).signedWith(plain)).isTrue();
    assertThat(secrets.sealPlainSecrets()).isEqualTo(1);

    String sealed = stored(hook[0]);
    assertThat(sealed).doesNotContain("whsec_").doesNotContain(plain.substring(6));
    assertThat(box.open(UUID.fromString(hook[0]), sealed)).isEqualTo(plain);
    assertThat(secrets.sealPlainSecrets()).isZero();
    assertThat(sendTest(hook[0]).signedWith(plain)).isTrue();
  }

  @Test
  void aSecretSealedUnderAnotherKeyIsNeverSentUnsignedAndTheLogSaysWhy() {
    String[] hook = register("/other-key");
    var otherBox =
        new SecretBox(new SecretsProperties("b3RoZXIta2V5LW9mLWV4YWN0bHktMzItYnl0ZXMtb2s="));
    store(hook[0], otherBox.seal(UUID.fromString(hook[0]), Signatures.newSecret()));

    admin.post("/api/webhooks/" + hook[0] + "/test");

    await().atMost(PATIENCE).until(() -> !deliveries(hook[0]).get(0).get("log").isEmpty());
    JsonNode attempt = deliveries(hook[0]).get(0).get("log").get(0);
    assertThat(attempt.get("error").stringValue()).contains("signing secret cannot be read");
    assertThat(receiver.received()).isEmpty();
  }

  private String[] register(String path) {
    var created =
        admin.post(
            "/api/webhooks",
            "application/json",
            """
            {"url": "%s", "eventTypes": ["batch.completed"]}"""
                .formatted(receiver.url(path)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return new String[] {
      created.json().get("webhook").get("id").stringValue(),
      created.json().get("secret").stringValue()
    };
  }

  private WebhookReceiver.Received sendTest(String id) {
    int before = receiver.received().size();
    assertThat(admin.post("/api/webhooks/" + id + "/test").status()).isEqualTo(202);
    await().atMost(PATIENCE).until(() -> receiver.received().size() == before + 1);
    return receiver.received().getLast();
  }

  private JsonNode deliveries(String id) {
    return admin.get("/api/webhooks/" + id + "/deliveries").json().get("content");
  }

  private String stored(String id) {
    return jdbc.sql("SELECT signing_secret FROM webhook_endpoints WHERE id = ?")
        .param(UUID.fromString(id))
        .query(String.class)
        .single();
  }

  private void store(String id, String secret) {
    jdbc.sql("UPDATE webhook_endpoints SET signing_secret = ? WHERE id = ?")
        .param(secret)
        .param(UUID.fromString(id))
        .update();
  }
}
