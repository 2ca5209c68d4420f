package com.bulkwriter.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.TestApplication;
import java.net.http.HttpRequest;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Hostile input to the batch API on both databases: each is refused with a problem+json naming the
 * row and field, and nothing is saved (so nothing is ever paid for).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputApiTest {

  private final Map<DatabaseUnderTest, ConfigurableApplicationContext> nodes =
      new EnumMap<>(DatabaseUnderTest.class);

  @BeforeAll
  void start() {
    for (DatabaseUnderTest database : DatabaseUnderTest.values()) {
      nodes.put(database, TestApplication.start(database.properties(), Map.of()));
    }
  }

  @AfterAll
  void stop() {
    nodes.values().forEach(ConfigurableApplicationContext::close);
  }

  private Api api(DatabaseUnderTest database) {
    return new Api(((WebServerApplicationContext) nodes.get(database)).getWebServer().getPort());
  }

  private static int batches(Api api) {
    return api.get("/api/articles/queue").json().get("totalElements").intValue();
  }

  private static JsonNode refused(Api.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    return response.json();
  }

  private static void names(JsonNode problem, Integer row, String field, String text) {
    JsonNode error = problem.get("errors").get(0);
    assertThat(error.get("row").isNull() ? null : error.get("row").intValue()).isEqualTo(row);
    assertThat(error.get("field").stringValue()).isEqualTo(field);
    assertThat(error.get("message").stringValue()).contains(text);
  }

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void controlCharactersInAnySingleLineFieldAreRefusedBeforeAnythingIsSaved(
      DatabaseUnderTest database) {
    Api api = api(database);
    int before = batches(api);

    names(
        refused(submit(api, "{\"items\": [\"ok\", \"nul\\u0000here\"]}")), 2, "keyword", "U+0000");
    names(
        refused(submit(api, "{\"name\": \"bell\\u0007\", \"items\": [\"ok\"]}")),
        null,
        "name",
        "U+0007");
    names(
        refused(submit(api, "{\"items\": [{\"keyword\": \"ok\", \"title\": \"esc\\u001B\"}]}")),
        1,
        "title",
        "U+001B");
    names(
        refused(submit(api, "{\"settings\": {\"tone\": \"casual\\r\\n\"}, \"items\": [\"ok\"]}")),
        null,
        "settings.tone",
        "U+000D");
    names(
        refused(submit(api, "{\"items\": [{\"keyword\": \"del\\u007F\", \"audience\": \"x\"}]}")),
        1,
        "keyword",
        "U+007F");
    names(
        refused(submit(api, "{\"items\": [{\"keyword\": \"c1\\u0085\"}]}")),
        1,
        "keyword",
        "U+0085");
    names(
        refused(
            api.post(
                "/api/articles/bulk?name=csv",
                "text/csv",
                "keyword,title\nok,fine\nx,\"a\u0000b\"\n")),
        2,
        "title",
        "U+0000");

    assertThat(batches(api)).isEqualTo(before);
  }

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void keywordsMadeOnlyOfInvisibleCharactersAreBlank(DatabaseUnderTest database) {
    Api api = api(database);
    int before = batches(api);

    JsonNode problem =
        refused(
            submit(
                api,
                "{\"items\": [\"\\u00A0\\u00A0\", \"\\u200B\\u200C\\u200D\\u2060\\uFEFF\","
                    + " \"\\u3000\\u2003\", \"\\u3164\"]}"));

    assertThat(problem.get("errors")).hasSize(4);
    names(problem, 1, "keyword", "is blank");
    assertThat(batches(api)).isEqualTo(before);
  }

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void invalidUtf8InACsvBodyIsRefusedNamingTheRow(DatabaseUnderTest database) {
    Api api = api(database);
    int before = batches(api);
    byte[] body = {
      'k', 'e', 'y', 'w', 'o', 'r', 'd', '\n', 'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'
    };

    var response =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/articles/bulk"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

    names(refused(response), 2, "body", "not UTF-8");
    assertThat(batches(api)).isEqualTo(before);
  }

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void outOfRangePagesAreRefusedNamingTheParameterAndTheRange(DatabaseUnderTest database) {
    Api api = api(database);

    names(refused(api.get("/api/articles/queue?page=-1")), null, "page", "use 0 or more");
    names(refused(api.get("/api/articles/queue?size=0")), null, "size", "use 1 to 500");
    names(refused(api.get("/api/exports?size=1000000")), null, "size", "use 1 to 500");
    assertThat(api.get("/api/articles/queue?page=0&size=500").status()).isEqualTo(200);
  }

  private static Api.Response submit(Api api, String json) {
    return api.post("/api/articles/bulk", "application/json", json);
  }
}
