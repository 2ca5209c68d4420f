package com.bulkwriter.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.publishing.PublishingClient;
import com.bulkwriter.support.ApiTest;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.ForwardingProxy;
import com.bulkwriter.support.WordPress;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A site that answers 429 with Retry-After is waited out, and the waits spend no attempt: with one
 * attempt allowed, two rate-limited answers still end in a post.
 */
@TestPropertySource(properties = {PublishingSettings.FAST, "bulkwriter.publishing.max-attempts=1"})
class RetryAfterTest extends ApiTest {

  static WordPress wordpress;
  static ForwardingProxy proxy;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.register(registry);
  }

  @BeforeAll
  static void wordpress() {
    wordpress = WordPress.shared();
    proxy = ForwardingProxy.to(wordpress.url());
  }

  @AfterAll
  static void stopProxy() {
    if (proxy != null) {
      proxy.close();
    }
  }

  @Test
  void retryAfterIsHonouredWithoutSpendingAttempts() {
    var client = new PublishingClient(admin);
    String batch = new ExportClient(admin).completedBatch("Slow down", "moka pot");
    String site = client.connect(proxy.url(), WordPress.ADMIN, wordpress.adminPassword());
    proxy.throttle(2, 1, ForwardingProxy.request("POST", "/wp-json/wp/v2/posts"));

    long start = System.nanoTime();
    String job = client.publish("{\"siteId\": \"%s\", \"batchId\": \"%s\"}".formatted(site, batch));
    JsonNode done = client.awaitStatus(job, "COMPLETED");

    assertThat(done.get("published").intValue()).isEqualTo(1);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("two waits of a second each")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
  }
}
