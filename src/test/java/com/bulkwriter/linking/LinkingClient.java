package com.bulkwriter.linking;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.Api;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The internal links API for tests, and articles given short texts of the test's choosing. */
public final class LinkingClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Api api;

  public LinkingClient(Api api) {
    this.api = api;
  }

  /** Adds links to the batch now (200 expected) and returns what the run did. */
  public JsonNode link(String batchId) {
    var run = api.post("/api/articles/queue/" + batchId + "/links");
    assertThat(run.status()).as(run.body()).isEqualTo(200);
    return run.json();
  }

  public JsonNode graph(String batchId) {
    var response = api.get("/api/articles/queue/" + batchId + "/links");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** The graph's node of one article. */
  public static JsonNode node(JsonNode graph, String articleId) {
    for (JsonNode article : graph.get("articles")) {
      if (article.get("id").stringValue().equals(articleId)) {
        return article;
      }
    }
    throw new AssertionError("No node " + articleId + " in " + graph);
  }

  /** The batch's articles by keyword. */
  public Map<String, String> articleIds(String batchId) {
    Map<String, String> ids = new LinkedHashMap<>();
    api.get("/api/articles/queue/" + batchId)
        .json()
        .get("items")
        .get("content")
        .forEach(a -> ids.put(a.get("keyword").stringValue(), a.get("id").stringValue()));
    return ids;
  }

  /**
   * Saves a written article (at version 1) as "# title" and one paragraph, its slug made of the
   * title, so that the test knows which phrases it holds: version 2.
   */
  public void write(String articleId, String title, String paragraph) {
    Map<String, Object> edit = new HashMap<>();
    edit.put("title", title);
    edit.put("slug", title.toLowerCase(Locale.ROOT).replace(' ', '-'));
    edit.put("markdown", "# " + title + "\n\n" + paragraph + "\n");
    var saved =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/articles/" + articleId))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(edit))));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
  }
}
