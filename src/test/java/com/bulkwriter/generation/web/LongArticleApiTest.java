package com.bulkwriter.generation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.LlmSimulator;
import com.bulkwriter.support.LlmSimulator.Fault;
import com.bulkwriter.support.TestApplication;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A whole node writing a long article through the queue against the simulator, on each database: a
 * fault in the middle of the sections costs one retry that asks only for the missing steps.
 */
class LongArticleApiTest {

  private static final String KEY = "sk-long";

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void aFaultAmongTheSectionsMakesTheRetryAskOnlyForTheMissingStepsAndTheArticleAssembles(
      DatabaseUnderTest database) {
    try (LlmSimulator simulator = LlmSimulator.start(KEY, 6_000, 2_000_000);
        ConfigurableApplicationContext node =
            TestApplication.start(database.properties(), simulator.openAiSettings())) {
      Api api = new Api(((WebServerApplicationContext) node).getWebServer().getPort());
      // the outline and sections 1–3 are answered, section 4 fails with a 500
      simulator.failAfter(4, Fault.HTTP_500);

      var submitted =
          api.post(
              "/api/articles/bulk",
              "application/json",
              "{\"settings\": {\"wordCount\": 2000}, \"items\": [\"sourdough baking\"]}");
      assertThat(submitted.status()).isEqualTo(202);
      JsonNode batch = awaitFinished(api, submitted.json().get("id").stringValue());
      String articleId = batch.get("items").get("content").get(0).get("id").stringValue();
      JsonNode article = api.get("/api/articles/" + articleId).json();

      assertThat(article.get("status").stringValue()).isEqualTo("SUCCEEDED");
      assertThat(article.get("attempts").intValue()).isEqualTo(2);
      assertThat(simulator.requests()).isEqualTo(1 + 8 + 1); // outline, 8 sections, the fault
      assertThat(simulator.written("outline: sourdough baking")).isEqualTo(1);
      for (int section = 1; section <= 8; section++) {
        assertThat(simulator.written("section " + section + ": sourdough baking"))
            .as("section " + section)
            .isEqualTo(1);
      }
      String markdown = article.get("markdown").stringValue();
      assertThat(markdown).startsWith("# A Long Guide to sourdough baking\n\n## Chapter 1\n");
      for (int section = 1; section < 8; section++) {
        assertThat(markdown.indexOf("## Chapter " + section))
            .isLessThan(markdown.indexOf("## Chapter " + (section + 1)));
      }
      assertThat(article.get("wordCount").intValue()).isBetween(1_700, 2_300);
      assertThat(article.get("usage").get("completionTokens").longValue())
          .isEqualTo(simulator.billedCompletionTokens());
      assertThat(
              node.getBean(JdbcClient.class)
                  .sql("SELECT count(*) FROM article_steps WHERE article_id = CAST(:id AS UUID)")
                  .param("id", articleId)
                  .query(Long.class)
                  .single())
          .isEqualTo(9);
    }
  }

  private static JsonNode awaitFinished(Api api, String id) {
    String path = "/api/articles/queue/" + id;
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              JsonNode counts = api.get(path).json().get("counts");
              return counts.get("queued").intValue() + counts.get("running").intValue() == 0;
            });
    return api.get(path).json();
  }
}
