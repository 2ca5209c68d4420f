package com.bulkwriter.batch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.LlmSimulator;
import com.bulkwriter.support.TestApplication;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A rejected article written again through a real HTTP provider (the simulator), on each database:
 * the reviewer's note reaches the prompt, once, after the batch's own instructions.
 */
class RejectedNoteApiTest {

  private static final String KEY = "sk-review";

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void regeneratingARejectedArticleSendsTheReviewersNoteToTheProvider(DatabaseUnderTest database) {
    try (LlmSimulator simulator = LlmSimulator.start(KEY, 6_000, 2_000_000);
        ConfigurableApplicationContext node =
            TestApplication.start(database.properties(), simulator.openAiSettings())) {
      Api api = new Api(((WebServerApplicationContext) node).getWebServer().getPort());
      var submitted =
          api.post(
              "/api/articles/bulk",
              "application/json",
              "{\"settings\": {\"wordCount\": 300, \"instructions\": \"Cite one study.\"},"
                  + " \"items\": [\"home espresso\"]}");
      assertThat(submitted.status()).isEqualTo(202);
      String batchId = submitted.json().get("id").stringValue();
      awaitCompleted(api, batchId, 1, simulator);
      String articleId =
          api.get("/api/articles/queue/" + batchId)
              .json()
              .get("items")
              .get("content")
              .get(0)
              .get("id")
              .stringValue();
      assertThat(simulator.prompts()).hasSize(1);
      assertThat(simulator.prompts().getFirst()).doesNotContain("A reviewer rejected");

      int prompts = 1;
      for (String note :
          new String[] {"Too short on grind size", "Mention the water temperature"}) {
        assertThat(
                api.post(
                        "/api/articles/" + articleId + "/review",
                        "application/json",
                        "{\"state\": \"REJECTED\", \"note\": \"" + note + "\"}")
                    .status())
            .isEqualTo(200);
        assertThat(api.post("/api/articles/" + articleId + "/regenerate").status()).isEqualTo(200);
        awaitCompleted(api, batchId, ++prompts, simulator);
      }

      String first = simulator.prompts().get(1);
      String second = simulator.prompts().get(2);
      assertThat(first)
          .contains(
              "Further instructions: Cite one study.\n\nA reviewer rejected the previous version"
                  + " of this article: Too short on grind size");
      // the second rejection's note replaces the first one's
      assertThat(second)
          .contains("A reviewer rejected the previous version of this article: Mention the water")
          .doesNotContain("Too short on grind size");
    }
  }

  private static void awaitCompleted(Api api, String batchId, int prompts, LlmSimulator simulator) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                simulator.prompts().size() >= prompts
                    && api.get("/api/articles/queue/" + batchId)
                        .json()
                        .get("status")
                        .stringValue()
                        .equals("COMPLETED"));
  }
}
