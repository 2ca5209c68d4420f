package com.bulkwriter.template.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.ApiTest;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The template API over real HTTP, the same on every database: owner-scoped CRUD, sharing, the
 * checks of its settings (placeholders included), and a batch submitted with a template's settings
 * keeping its own copy.
 */
@TestPropertySource(properties = "bulkwriter.templates.max-per-owner=4")
abstract class TemplateApiContract extends ApiTest {

  private static final String JSON = "application/json";

  static final String GUIDE =
      """
      {"name": "Buying guide", "settings": {"tone": "friendly", "wordCount": 600,
       "instructions": "Mention our shop once.",
       "outline": ["What {keyword} is", "Choosing {Keyword} in {year}", "Where to buy"],
       "requiredPhrases": ["free shipping", "best {keyword} of {year}"]}}""";

  Api alice;
  Api bob;

  @BeforeEach
  void users() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    alice = admin.newUser("alice-" + suffix);
    bob = admin.newUser("bob-" + suffix);
  }

  @Test
  void theOwnerCreatesReadsChangesAndDeletesATemplateWithItsSettingsCompleted() {
    var created = alice.post("/api/templates", JSON, GUIDE);

    assertThat(created.status()).isEqualTo(201);
    JsonNode template = created.json();
    String id = template.get("id").stringValue();
    assertThat(created.header("Location")).isEqualTo("/api/templates/" + id);
    assertThat(template.get("shared").booleanValue()).isFalse();
    assertThat(template.get("editable").booleanValue()).isTrue();
    JsonNode settings = template.get("settings");
    assertThat(settings.get("tone").stringValue()).isEqualTo("friendly");
    assertThat(settings.get("provider").stringValue()).isEqualTo("offline"); // a default
    assertThat(settings.get("outline")).hasSize(3);
    assertThat(settings.get("outline").get(1).stringValue())
        .isEqualTo("Choosing {Keyword} in {year}");
    assertThat(settings.get("requiredPhrases").get(0).stringValue()).isEqualTo("free shipping");

    assertThat(alice.get("/api/templates").json())
        .extracting(t -> t.get("id").stringValue())
        .contains(id);
    var changed =
        alice.put(
            "/api/templates/" + id,
            JSON,
            "{\"name\": \"Guide v2\", \"shared\": true, \"settings\": {\"outline\": \"Intro\\nSteps\"}}");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("name").stringValue()).isEqualTo("Guide v2");
    assertThat(changed.json().get("settings").get("outline"))
        .extracting(JsonNode::stringValue)
        .containsExactly("Intro", "Steps");
    assertThat(alice.get("/api/templates/" + id).json().get("shared").booleanValue()).isTrue();

    assertThat(alice.delete("/api/templates/" + id).status()).isEqualTo(204);
    assertThat(alice.get("/api/templates/" + id).status()).isEqualTo(404);
  }

  @Test
  void
      aPrivateTemplateIsInvisibleToOthersAndASharedOneIsReadableButOnlyItsOwnerOrAnAdminChangesIt() {
    String mine = id(alice.post("/api/templates", JSON, GUIDE));
    String shared =
        id(
            alice.post(
                "/api/templates",
                JSON,
                GUIDE
                    .replace("Buying guide", "Team guide")
                    .replace("{\"name\"", "{\"shared\": true, \"name\"")));

    assertThat(bob.get("/api/templates/" + mine).status()).isEqualTo(404);
    assertThat(bob.put("/api/templates/" + mine, JSON, GUIDE).status()).isEqualTo(404);
    assertThat(bob.delete("/api/templates/" + mine).status()).isEqualTo(404);
    List<String> bobSees = ids(bob.get("/api/templates").json());
    assertThat(bobSees).contains(shared).doesNotContain(mine);

    JsonNode seen = bob.get("/api/templates/" + shared).json();
    assertThat(seen.get("editable").booleanValue()).isFalse();
    var refused = bob.put("/api/templates/" + shared, JSON, GUIDE);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(bob.delete("/api/templates/" + shared).status()).isEqualTo(403);

    assertThat(ids(admin.get("/api/templates").json())).contains(mine, shared);
    assertThat(admin.get("/api/templates/" + mine).json().get("editable").booleanValue()).isTrue();
    var byAdmin = admin.put("/api/templates/" + mine, JSON, GUIDE.replace("Buying guide", "Fixed"));
    assertThat(byAdmin.status()).isEqualTo(200);
    assertThat(byAdmin.json().get("owner").stringValue()).startsWith("alice-");
    assertThat(admin.delete("/api/templates/" + shared).status()).isEqualTo(204);
  }

  @Test
  void anUnknownPlaceholderAndOtherBadFieldsAreRefusedNamingEachFieldAndNothingIsSaved() {
    var refused =
        alice.post(
            "/api/templates",
            JSON,
            """
            {"name": " ", "settings": {"tone": "grumpy",
             "outline": ["Why {keywrod} matters", "Next"], "requiredPhrases": ["{city} deals"]}}""");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    JsonNode errors = refused.json().get("errors");
    assertThat(errors)
        .extracting(e -> e.get("field").stringValue())
        .containsExactlyInAnyOrder(
            "name", "settings.tone", "settings.outline", "settings.requiredPhrases");
    assertThat(errors.toString())
        .contains("{keywrod}")
        .contains("{city}")
        .contains("{keyword}, {Keyword}, {year}");
    assertThat(ids(alice.get("/api/templates").json())).isEmpty();
  }

  @Test
  void limitsOnHeadingsPhrasesNamesAndTemplatesPerOwnerAreEnforced() {
    List<String> headings = new ArrayList<>();
    for (int i = 0; i < 31; i++) {
      headings.add("\"Heading " + i + "\"");
    }
    var tooMany =
        alice.post(
            "/api/templates",
            JSON,
            "{\"name\": \"Long\", \"settings\": {\"outline\": ["
                + String.join(",", headings)
                + "],"
                + " \"requiredPhrases\": [\""
                + "x".repeat(101)
                + "\"]}}");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().get("errors"))
        .extracting(e -> e.get("field").stringValue())
        .containsExactlyInAnyOrder("settings.outline", "settings.requiredPhrases");

    assertThat(alice.post("/api/templates", JSON, GUIDE).status()).isEqualTo(201);
    var sameName = alice.post("/api/templates", JSON, GUIDE);
    assertThat(sameName.status()).isEqualTo(400);
    assertThat(sameName.json().get("errors").get(0).get("field").stringValue()).isEqualTo("name");
    for (int i = 2; i <= 4; i++) {
      assertThat(
              alice.post("/api/templates", JSON, GUIDE.replace("Buying guide", "G" + i)).status())
          .isEqualTo(201);
    }
    var overLimit = alice.post("/api/templates", JSON, GUIDE.replace("Buying guide", "G5"));
    assertThat(overLimit.status()).isEqualTo(429);
    assertThat(overLimit.body()).contains("bulkwriter.templates.max-per-owner");
  }

  @Test
  void aBatchSubmittedWithATemplatesSettingsKeepsItsCopyAndItsDraftsUseTheHeadingsAndPhrases() {
    JsonNode template = alice.post("/api/templates", JSON, GUIDE).json();
    String settings = template.get("settings").toString();
    var submitted =
        alice.post(
            "/api/articles/bulk",
            JSON,
            "{\"settings\": " + settings + ", \"items\": [\"espresso grinders\"]}");
    assertThat(submitted.status()).isEqualTo(202);
    String batchId = submitted.json().get("id").stringValue();
    // changing the template later does not change the batch
    alice.put(
        "/api/templates/" + template.get("id").stringValue(),
        JSON,
        "{\"name\": \"Buying guide\", \"settings\": {\"outline\": [\"Other\", \"Headings\"]}}");

    String path = "/api/articles/queue/" + batchId;
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> alice.get(path).json().get("status").stringValue(), "COMPLETED"::equals);
    JsonNode batch = alice.get(path).json();
    assertThat(batch.get("settings").get("outline").get(0).stringValue())
        .isEqualTo("What {keyword} is");
    String articleId = batch.get("items").get("content").get(0).get("id").stringValue();
    JsonNode article = alice.get("/api/articles/" + articleId).json();
    String markdown = article.get("markdown").stringValue();
    int year = Year.now(java.time.Clock.system(ZoneOffset.UTC)).getValue();
    assertThat(markdown)
        .contains("\n## What espresso grinders is\n")
        .contains("\n## Choosing Espresso grinders in " + year + "\n")
        .contains("\n## Where to buy\n")
        .containsIgnoringCase("free shipping")
        .containsIgnoringCase("best espresso grinders of " + year)
        .doesNotContain("## Other");
    assertThat(markdown.indexOf("## What espresso")).isLessThan(markdown.indexOf("## Choosing"));
    assertThat(article.get("missingPhrases")).isEmpty();
  }

  @Test
  void aBatchSettingRefusesAnUnknownPlaceholderAndRowsCannotOverrideTheOutline() {
    var refused =
        alice.post(
            "/api/articles/bulk",
            JSON,
            """
            {"settings": {"outline": ["{Year} trends"]},
             "items": [{"keyword": "tea", "requiredPhrases": "green tea"}]}""");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").toString())
        .contains("settings.outline")
        .contains("{Year}")
        .contains("requiredPhrases");
  }

  private static String id(Api.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").stringValue();
  }

  private static List<String> ids(JsonNode templates) {
    List<String> ids = new ArrayList<>();
    templates.forEach(t -> ids.add(t.get("id").stringValue()));
    return ids;
  }
}
