package com.bulkwriter.batch.web;

import static com.bulkwriter.batch.web.BatchManagementApiContract.awaitStatus;
import static com.bulkwriter.batch.web.BatchManagementApiContract.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.batch.internal.EarlierKeywordKeys;
import com.bulkwriter.support.Api;
import com.bulkwriter.support.ApiTest;
import com.bulkwriter.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The keyword cannibalisation check in the estimate's answer, over real HTTP, on every database
 * (see the subclasses): groups within the batch in English, German and Portuguese, and the owner's
 * earlier batches found by their normalised keys, dated by the application's clock.
 */
@Import(KeywordGroupsApiContract.Clocks.class)
abstract class KeywordGroupsApiContract extends ApiTest {

  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired EarlierKeywordKeys earlierKeys;

  Api user;

  @BeforeEach
  void ownUser() {
    user = admin.newUser("k" + UUID.randomUUID().toString().substring(0, 8));
  }

  @Test
  void theEstimateGroupsKeywordsThatNormaliseAlikeOrOverlapAndLeavesTheOthersOut() {
    JsonNode groups =
        estimate(
                user,
                """
                {"items": ["best hiking boots", "espresso at home", "hiking boots best",
                  "Best Hiking-Boot!", "cheap flights to paris", "best waterproof hiking boots",
                  "cheap flights to london"]}
                """)
            .get("keywordGroups");

    assertThat(groups.get("keywords").intValue()).isEqualTo(7);
    assertThat(groups.get("similarity").doubleValue()).isEqualTo(0.75);
    assertThat(groups.get("groups")).hasSize(1);
    JsonNode group = groups.get("groups").get(0);
    assertThat(group.get("key").stringValue()).isEqualTo("en:best boot hike");
    assertThat(group.get("match").stringValue()).isEqualTo("SIMILAR");
    assertThat(ints(group.get("rows"))).containsExactly(1, 3, 4, 6);
    assertThat(texts(group.get("keywords")))
        .containsExactly(
            "best hiking boots",
            "hiking boots best",
            "Best Hiking-Boot!",
            "best waterproof hiking boots");
    assertThat(group.get("earlier")).isEmpty();
  }

  @Test
  void eachRowIsNormalisedInItsOwnLanguageGermanAndPortugueseIncluded() {
    JsonNode groups =
        estimate(
                user,
                """
                {"settings": {"language": "pt-BR"}, "items": [
                  "melhores botas de caminhada", "botas de caminhada melhores",
                  {"keyword": "beste Wanderschuhe für Damen", "language": "de"},
                  {"keyword": "Wanderschuhe Damen beste", "language": "de"},
                  {"keyword": "Wanderschuhe Damen beste", "language": "en"}]}
                """)
            .get("keywordGroups")
            .get("groups");

    assertThat(groups).hasSize(2);
    assertThat(ints(groups.get(0).get("rows"))).containsExactly(1, 2);
    assertThat(groups.get(0).get("key").stringValue()).startsWith("pt:");
    assertThat(groups.get(0).get("match").stringValue()).isEqualTo("SAME");
    assertThat(ints(groups.get(1).get("rows"))).containsExactly(3, 4);
    assertThat(groups.get(1).get("key").stringValue()).startsWith("de:");
  }

  @Test
  void earlierBatchesOfTheSameOwnerAreFoundWithTheirNameAndAge() {
    UUID outdoors = submit(user, "Outdoors", "best hiking boot", "tents for two");
    submit(
        admin.newUser("o" + UUID.randomUUID().toString().substring(0, 8)),
        "Theirs",
        "best hiking boots");
    awaitStatus(user, outdoors, "COMPLETED");
    clock.advance(Duration.ofDays(21));

    JsonNode groups =
        estimate(user, "{\"items\": [\"Hiking boots, best\", \"camping stoves\"]}")
            .get("keywordGroups")
            .get("groups");

    assertThat(groups).hasSize(1);
    assertThat(ints(groups.get(0).get("rows"))).containsExactly(1);
    JsonNode earlier = groups.get(0).get("earlier");
    assertThat(earlier).hasSize(1);
    assertThat(earlier.get(0).get("batchId").stringValue()).isEqualTo(outdoors.toString());
    assertThat(earlier.get(0).get("batchName").stringValue()).isEqualTo("Outdoors");
    assertThat(earlier.get(0).get("keyword").stringValue()).isEqualTo("best hiking boot");
    assertThat(earlier.get(0).get("ago").stringValue()).isEqualTo("3 weeks ago");
    assertThat(Instant.parse(earlier.get(0).get("writtenAt").stringValue()))
        .isBefore(clock.instant().minus(Duration.ofDays(20)));
  }

  @Test
  void aBatchSubmittedBeforeKeysWereKeptIsCheckedOnceTheyAreFilledIn() {
    UUID old =
        submitJson(
            """
            {"name": "Before V21", "settings": {"language": "de"}, "items": [
              "beste Wanderschuhe für Damen",
              {"keyword": "best hiking boots", "language": "en"}]}
            """);
    UUID unreadable = submitJson("{\"name\": \"Unreadable\", \"items\": [\"tents for two\"]}");
    jdbc.sql("DELETE FROM keyword_keys WHERE batch_id IN (:ids)")
        .param("ids", List.of(unreadable, old))
        .update();
    // a batch whose stored settings cannot be read does not stop the others being filled in
    awaitStatus(user, unreadable, "COMPLETED");
    String settings =
        jdbc.sql("SELECT settings FROM batches WHERE id = :id")
            .param("id", unreadable)
            .query(String.class)
            .single();
    setSettings(unreadable, "{broken");
    assertThat(estimate(user, "{\"items\": [\"hiking boot best\"]}").at("/keywordGroups/groups"))
        .isEmpty();

    assertThat(earlierKeys.fill()).isPositive();

    JsonNode groups =
        estimate(
                user,
                """
                {"items": ["hiking boot best",
                  {"keyword": "Wanderschuhe Damen beste", "language": "de"}]}
                """)
            .at("/keywordGroups/groups");
    assertThat(groups).hasSize(2);
    assertThat(groups.findValuesAsString("batchName")).containsOnly("Before V21");
    assertThat(groups.findValuesAsString("keyword"))
        .contains("best hiking boots", "beste Wanderschuhe für Damen");
    setSettings(unreadable, settings);
    assertThat(earlierKeys.fill()).as("the readable batch is filled in now").isEqualTo(1);
    assertThat(earlierKeys.fill()).as("nothing is left to fill in").isZero();
  }

  @Test
  void aGroupListsTheNewestFiveEarlierUses() {
    for (int i = 1; i <= 6; i++) {
      submit(user, "Coffee " + i, i % 2 == 0 ? "espresso at home" : "Espresso, at home!");
      clock.advance(Duration.ofMinutes(1));
    }

    JsonNode earlier =
        estimate(user, "{\"items\": [\"espresso home\"]}").at("/keywordGroups/groups/0/earlier");

    assertThat(earlier.valueStream().map(use -> use.get("batchName").stringValue()))
        .containsExactly("Coffee 6", "Coffee 5", "Coffee 4", "Coffee 3", "Coffee 2");
  }

  @Test
  void aDeletedBatchNoLongerCounts() {
    UUID gone = submit(user, "Gone", "espresso at home");
    awaitStatus(user, gone, "COMPLETED");
    assertThat(estimate(user, "{\"items\": [\"Espresso at home\"]}").at("/keywordGroups/groups"))
        .hasSize(1);

    assertThat(user.delete("/api/articles/queue/" + gone).status()).isBetween(200, 299);

    assertThat(estimate(user, "{\"items\": [\"Espresso at home\"]}").at("/keywordGroups/groups"))
        .isEmpty();
  }

  @Test
  void theCsvEstimateAnswersTheGroupsToo() {
    var response =
        user.post(
            "/api/articles/bulk/estimate?language=en",
            "text/csv",
            "keyword\nbest hiking boots\nhiking boot best\n");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("articles").intValue()).isEqualTo(2);
    assertThat(ints(response.json().at("/keywordGroups/groups/0/rows"))).containsExactly(1, 2);
  }

  @Test
  void theOpenApiDocumentShowsTheEstimatesFieldsBesideTheKeywordGroups() {
    JsonNode doc = admin.get("/v3/api-docs").json();
    JsonNode properties = doc.at("/components/schemas/EstimateView/properties");

    assertThat(properties.has("durationSeconds")).as(properties.toString()).isTrue();
    assertThat(properties.has("providers")).isTrue();
    assertThat(properties.has("estimate")).isFalse();
    assertThat(properties.has("keywordGroups")).isTrue();
  }

  private void setSettings(UUID batch, String settings) {
    jdbc.sql("UPDATE batches SET settings = :settings WHERE id = :id")
        .param("settings", settings)
        .param("id", batch)
        .update();
  }

  private UUID submitJson(String body) {
    var response = user.post("/api/articles/bulk", "application/json", body);
    assertThat(response.status()).as(response.body()).isEqualTo(202);
    return BatchManagementApiContract.id(response.json());
  }

  private static JsonNode estimate(Api api, String body) {
    var response = api.post("/api/articles/bulk/estimate", "application/json", body);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<Integer> ints(JsonNode array) {
    return array.valueStream().map(JsonNode::intValue).toList();
  }

  private static List<String> texts(JsonNode array) {
    return array.valueStream().map(JsonNode::stringValue).toList();
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Clocks {

    @Bean
    @Primary
    MutableClock tickingClock() {
      return MutableClock.ticking();
    }
  }
}
