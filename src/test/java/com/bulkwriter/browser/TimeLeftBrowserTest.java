package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.LlmSimulator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The batch page of a batch paced by its provider's limit (the LLM simulator enforcing 120 requests
 * a minute) says how long is left, how many articles a minute are written, and that the provider's
 * limit sets that pace.
 */
class TimeLeftBrowserTest extends BrowserTest {

  private static final LlmSimulator SIMULATOR =
      LlmSimulator.start("browser-key", 120, 10_000_000).latency(Duration.ofMillis(300));

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    SIMULATOR
        .openAiSettings("bulkwriter.openai.max-concurrency", "8")
        .forEach((key, value) -> registry.add(key, () -> value));
  }

  @AfterAll
  static void stopSimulator() {
    SIMULATOR.close();
  }

  @Test
  void aPacedBatchShowsTimeLeftRateAndTheProviderLimit() {
    Page page = browser.newPage();
    SignIn.as(page, port, "/", Api.ADMIN, Api.ADMIN_PASSWORD);
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= 60; i++) {
      items.append(i == 1 ? "" : ",").append("\"paced keyword ").append(i).append('"');
    }
    var submitted =
        new Api(port)
            .post(
                "/api/articles/bulk",
                "application/json",
                "{\"name\": \"Paced\", \"settings\": {\"provider\": \"openai\", \"wordCount\": 300},"
                    + " \"items\": ["
                    + items
                    + "]}");
    assertThat(submitted.status()).isEqualTo(202);
    page.navigate(
        "http://localhost:" + port + "/batches/" + submitted.json().get("id").stringValue());

    var wait = new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);
    assertThat(page.getByText("paced at 120 requests/min, the provider's limit"))
        .containsText("articles/min", wait);
    assertThat(page.getByText("left", new Page.GetByTextOptions().setExact(false)).first())
        .containsText("left", wait);
  }
}
