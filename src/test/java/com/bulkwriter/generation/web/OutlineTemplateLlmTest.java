package com.bulkwriter.generation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.LlmSimulator;
import com.bulkwriter.support.TestApplication;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A batch with an outline template and required phrases, written by a whole node against the LLM
 * simulator: the provider is asked for exactly the template's headings (placeholders filled) and
 * for the phrases, in one prompt for a short article and across the steps of a long one; a phrase
 * the model left out shows on the article.
 */
class OutlineTemplateLlmTest {

  private static final String KEY = "sk-outline";

  private static final String SETTINGS =
      """
      "outline": ["Why {keyword} matters", "{Keyword} in {year}", "Getting started"],
      "requiredPhrases": ["free shipping", "{keyword} checklist"]""";

  @Test
  void theHeadingsAndPhrasesReachTheProviderAndAMissingPhraseIsListedOnTheArticle() {
    try (LlmSimulator simulator = LlmSimulator.start(KEY, 6_000, 2_000_000);
        ConfigurableApplicationContext node =
            TestApplication.start(DatabaseUnderTest.H2.properties(), simulator.openAiSettings())) {
      Api api = new Api(((WebServerApplicationContext) node).getWebServer().getPort());
      int year = ZonedDateTime.now(ZoneOffset.UTC).getYear();

      JsonNode article = write(api, "{\"wordCount\": 600, " + SETTINGS + "}", "cold brew");

      String prompt = only(simulator.prompts(), "Write an article about: cold brew");
      assertThat(prompt)
          .contains(
              "Use exactly these ## section headings, word for word and in this order:\n"
                  + "## Why cold brew matters\n## Cold brew in "
                  + year
                  + "\n## Getting started\n")
          .contains("at least once in the article:\n- free shipping\n- cold brew checklist\n")
          .doesNotContain("{keyword}")
          .doesNotContain("in about 2 sections");
      // the simulator writes its own text: both phrases are missing, and the article says so
      assertThat(article.get("missingPhrases"))
          .extracting(JsonNode::stringValue)
          .containsExactly("free shipping", "cold brew checklist");
    }
  }

  @Test
  void
      aLongArticleUsesTheTemplatesHeadingsInsteadOfTheOutlineTheModelInventsAndDealsOutThePhrases() {
    try (LlmSimulator simulator = LlmSimulator.start(KEY, 6_000, 2_000_000);
        ConfigurableApplicationContext node =
            TestApplication.start(DatabaseUnderTest.H2.properties(), simulator.openAiSettings())) {
      Api api = new Api(((WebServerApplicationContext) node).getWebServer().getPort());
      int year = ZonedDateTime.now(ZoneOffset.UTC).getYear();

      JsonNode article = write(api, "{\"wordCount\": 2000, " + SETTINGS + "}", "matcha");

      String outline = only(simulator.prompts(), "Write the outline of an article about: matcha");
      assertThat(outline).contains("in exactly 3 sections").contains("## Matcha in " + year + "\n");
      String first =
          only(simulator.prompts(), "This section: ## Why matcha matters (section 1 of 3)");
      assertThat(first).contains("in this section:\n- free shipping\n");
      String second =
          only(simulator.prompts(), "This section: ## Matcha in " + year + " (section 2 of 3)");
      assertThat(second).contains("in this section:\n- matcha checklist\n");
      assertThat(simulator.written("outline: matcha")).isEqualTo(1);
      assertThat(simulator.written("section 3: matcha")).isEqualTo(1);
      assertThat(simulator.written("section 4: matcha")).isZero();

      String markdown = article.get("markdown").stringValue();
      assertThat(markdown)
          .contains("\n## Why matcha matters\n")
          .contains("\n## Matcha in " + year + "\n")
          .contains("\n## Getting started\n")
          .doesNotContain("## Chapter");
    }
  }

  private static JsonNode write(Api api, String settings, String keyword) {
    var submitted =
        api.post(
            "/api/articles/bulk",
            "application/json",
            "{\"settings\": " + settings + ", \"items\": [\"" + keyword + "\"]}");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
    String path = "/api/articles/queue/" + submitted.json().get("id").stringValue();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> api.get(path).json().get("status").stringValue(), "COMPLETED"::equals);
    JsonNode item = api.get(path).json().get("items").get("content").get(0);
    assertThat(item.get("status").stringValue()).isEqualTo("SUCCEEDED");
    return api.get("/api/articles/" + item.get("id").stringValue()).json();
  }

  private static String only(List<String> prompts, String containing) {
    List<String> matching = prompts.stream().filter(p -> p.contains(containing)).toList();
    assertThat(matching).as("prompts containing " + containing).hasSize(1);
    return matching.getFirst();
  }
}
