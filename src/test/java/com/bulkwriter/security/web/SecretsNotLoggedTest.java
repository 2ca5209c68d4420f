package com.bulkwriter.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.LlmSimulator;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole run (start, sign-in failures, batches, errors) with a provider key configured: the key is
 * in no log line and no answer; user input in log lines is escaped.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bulkwriter.openai.api-key=" + SecretsNotLoggedTest.KEY,
      "bulkwriter.offline.delay=0",
      "bulkwriter.queue.poll-interval=50ms",
      "logging.level.com.bulkwriter=DEBUG"
    })
class SecretsNotLoggedTest {

  static final String KEY = "sk-test-FAKE0123456789abcdefNEVERLOG";

  @LocalServerPort int port;

  /** The key really goes over the wire: to the wire-protocol simulator, which checks it. */
  static final LlmSimulator PROVIDER = LlmSimulator.start(KEY, 600, 1_000_000);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
    registry.add("bulkwriter.openai.base-url", PROVIDER::baseUrl);
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.close();
  }

  @Test
  void theProviderKeyNeverReachesALogOrAnAnswer(CapturedOutput output) {
    var admin = new Api(port);
    var answers = new StringBuilder();
    var batch =
        admin.post(
            "/api/articles/bulk",
            "application/json",
            "{\"name\": \"Secrets\", \"settings\": {\"wordCount\": 200},"
                + " \"items\": [\"keyword one\", \"keyword two\"]}");
    answers.append(batch.body());
    assertThat(batch.json().get("engine").get("provider").stringValue()).isEqualTo("openai");
    String id = batch.json().get("id").stringValue();
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> admin.get("/api/articles/queue/" + id).json().get("status").stringValue(),
            "COMPLETED"::equals);
    for (String path :
        new String[] {
          "/api/articles/queue/" + id,
          "/v3/api-docs",
          "/actuator/env",
          "/actuator/configprops",
          "/actuator/prometheus",
          "/api/articles/queue/not-a-uuid"
        }) {
      answers.append(admin.get(path).body());
    }
    answers.append(admin.post("/api/articles/bulk", "application/json", "{broken").body());
    answers.append(
        admin.anonymous().basic("evil\r\nFAKE LOG LINE", "guess").get("/api/auth/me").body());

    assertThat(output.getAll()).doesNotContain(KEY);
    assertThat(answers.toString()).doesNotContain(KEY);
    assertThat(output.getAll()).contains("Failed sign-in").doesNotContain("\nFAKE LOG LINE");
  }
}
