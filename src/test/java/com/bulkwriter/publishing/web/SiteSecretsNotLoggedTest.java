package com.bulkwriter.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.publishing.PublishingClient;
import com.bulkwriter.support.ApiTest;
import com.bulkwriter.support.DatabaseUnderTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A site's application password and the secrets key are in no log line and no answer, through
 * connecting, changing, testing and failing publish attempts, with DEBUG logging.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
    properties = {
      "logging.level.com.bulkwriter=DEBUG",
      "bulkwriter.publishing.request-pace=10ms",
      "bulkwriter.publishing.poll-interval=50ms",
      "bulkwriter.publishing.backoff-base=50ms",
      "bulkwriter.publishing.backoff-max=100ms",
      "bulkwriter.publishing.max-attempts=2"
    })
class SiteSecretsNotLoggedTest extends ApiTest {

  static final String PASSWORD = "Zq7N w3Kp Lm9X Rt4B Vc8Y Hj2D";
  static final String KEY = "dGVzdHMtb25seS1rZXktMzItYnl0ZXMtbG9uZy1vay0=";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.register(registry);
  }

  @Test
  void theApplicationPasswordNeverReachesALogOrAnAnswer(CapturedOutput output) {
    var client = new PublishingClient(admin);
    var answers = new StringBuilder();
    String site = client.connect("http://127.0.0.1:9", "editor", PASSWORD);
    answers.append(admin.get("/api/sites").body());
    answers.append(admin.get("/api/sites/" + site).body());
    answers.append(client.test(site));
    answers.append(
        client
            .change(
                site,
                "{\"url\": \"http://127.0.0.1:9\", \"username\": \"editor\","
                    + " \"applicationPassword\": \""
                    + PASSWORD
                    + "\"}")
            .body());
    String batch = new ExportClient(admin).completedBatch("Secrets", "one");
    String job = client.publish("{\"siteId\": \"%s\", \"batchId\": \"%s\"}".formatted(site, batch));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> client.job(job).get("status").stringValue(), "COMPLETED"::equals);
    answers.append(client.job(job)).append(client.publications(batch));
    answers
        .append(admin.get("/actuator/env").body())
        .append(admin.get("/actuator/configprops").body());

    assertThat(client.publications(batch).get(0).get("state").stringValue()).isEqualTo("FAILED");
    for (String secret : new String[] {PASSWORD, PASSWORD.replace(" ", ""), KEY}) {
      assertThat(output.getAll()).doesNotContain(secret);
      assertThat(answers.toString()).doesNotContain(secret);
    }
  }
}
