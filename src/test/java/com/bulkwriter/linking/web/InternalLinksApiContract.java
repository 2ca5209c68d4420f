package com.bulkwriter.linking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.linking.LinkingClient;
import com.bulkwriter.support.Api;
import com.bulkwriter.support.ApiTest;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Internal links over real HTTP: a run adds links as a new version (undone by restoring the one
 * before), the graph shows links and orphans, exports resolve links with their URL pattern, earlier
 * batches can be linked to, a batch set to link automatically is linked once written, and bad
 * settings are refused. Runs on every database (see the subclasses).
 */
@TestPropertySource(
    properties = {"bulkwriter.offline.delay=150ms", "bulkwriter.export.link-pattern=/blog/{slug}/"})
abstract class InternalLinksApiContract extends ApiTest {

  @Test
  void linksAreANewVersionToSimilarArticlesAndRestoringTheVersionBeforeUndoesThem() {
    ExportClient client = new ExportClient(admin);
    String batch = client.completedBatch("Outdoors", "hiking boots", "wool hiking socks", "cake");
    Map<String, String> ids = articleIds(batch);
    edit(ids.get("hiking boots"), "Hiking boots", "Wear wool hiking socks in your boots.");
    edit(ids.get("wool hiking socks"), "Wool hiking socks", "Socks that make hiking boots fit.");
    edit(ids.get("cake"), "Cake", "Bake it slowly.");

    var run = admin.post("/api/articles/queue/" + batch + "/links");

    assertThat(run.status()).as(run.body()).isEqualTo(200);
    assertThat(run.json().get("articles").intValue()).isEqualTo(3);
    assertThat(run.json().get("linked").intValue()).isEqualTo(2);
    assertThat(run.json().get("links").intValue()).isEqualTo(2);
    String boots = ids.get("hiking boots");
    JsonNode article = admin.get("/api/articles/" + boots).json();
    assertThat(article.get("markdown").stringValue())
        .contains("[wool hiking socks](bulkwriter:article/" + ids.get("wool hiking socks") + ")");
    JsonNode versions = admin.get("/api/articles/" + boots + "/versions").json();
    assertThat(versions.get(0).get("reason").stringValue()).isEqualTo("LINKED");
    assertThat(versions.get(0).get("author").stringValue()).isEqualTo(Api.ADMIN);
    JsonNode graph = graph(batch);
    assertThat(graph.get("links")).hasSize(2);
    assertThat(graph.get("orphans").intValue()).isEqualTo(1);
    assertThat(node(graph, ids.get("cake")).get("orphan").booleanValue()).isTrue();
    assertThat(node(graph, boots).get("inbound").intValue()).isEqualTo(1);
    assertThat(node(graph, boots).get("outbound").intValue()).isEqualTo(1);
    assertThat(graph.get("linkedAt").isNull()).isFalse();
    // the linked version's quality is checked moments later, in the background
    int linked = article.get("version").intValue();
    JsonNode quality =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> admin.get("/api/articles/" + boots + "/quality").json(),
                q -> !q.get("pending").booleanValue() && q.get("version").intValue() == linked);
    assertThat(quality.get("checks")).isNotEmpty();

    // a second run finds every article at its links already: nothing changes
    var again = admin.post("/api/articles/queue/" + batch + "/links");
    assertThat(again.json().get("links").intValue()).isZero();

    var restored =
        admin.send(
            HttpRequest.newBuilder(admin.uri("/api/articles/" + boots + "/versions/2/restore"))
                .header("If-Match", "\"3\"")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(restored.status()).as(restored.body()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(graph(batch).get("links")).hasSize(1));
    assertThat(node(graph(batch), ids.get("wool hiking socks")).get("orphan").booleanValue())
        .isTrue();
  }

  @Test
  void anExportPointsLinksAtItsConfiguredUrlPattern() {
    ExportClient client = new ExportClient(admin);
    String batch = client.completedBatch("Coffee", "espresso machine", "espresso beans");
    Map<String, String> ids = articleIds(batch);
    edit(ids.get("espresso machine"), "Espresso machine", "Grind espresso beans fresh.");
    edit(ids.get("espresso beans"), "Espresso beans", "Any espresso machine will do.");
    assertThat(admin.post("/api/articles/queue/" + batch + "/links").status()).isEqualTo(200);

    var export =
        client.start("{\"batchIds\": [\"%s\"], \"formats\": [\"md\", \"html\"]}".formatted(batch));
    assertThat(export.status()).as(export.body()).isEqualTo(202);
    String exportId = export.json().get("id").stringValue();
    client.awaitFinished(exportId);
    StringBuilder all = new StringBuilder();
    ExportClient.unzip(client.download(exportId).body())
        .values()
        .forEach(bytes -> all.append(new String(bytes, StandardCharsets.UTF_8)));

    assertThat(all)
        .contains("[espresso beans](/blog/espresso-beans/)")
        .contains("href=\"/blog/espresso-machine/\"")
        .doesNotContain("bulkwriter:article/");
  }

  @Test
  void aBatchCanLinkToTheOwnersEarlierBatches() {
    ExportClient client = new ExportClient(admin);
    String first = client.completedBatch("First", "trekking poles");
    // its title shares words with the second batch's article: BM25 finds it
    edit(
        articleIds(first).get("trekking poles"),
        "Trekking poles for steep trails",
        "Poles help on the way down.");
    String second = client.completedBatch("Second", "steep trails");
    String trails = articleIds(second).get("steep trails");
    edit(trails, "Steep trails", "Take trekking poles on steep descents.");

    var withoutEarlier = admin.post("/api/articles/queue/" + second + "/links");
    assertThat(withoutEarlier.json().get("links").intValue()).isZero();
    var run =
        admin.post(
            "/api/articles/queue/" + second + "/links",
            "application/json",
            "{\"includeEarlier\": true}");

    assertThat(run.status()).as(run.body()).isEqualTo(200);
    assertThat(run.json().get("links").intValue()).isEqualTo(1);
    JsonNode graph = graph(second);
    assertThat(graph.get("settings").get("includeEarlier").booleanValue()).isTrue();
    JsonNode poles = node(graph, articleIds(first).get("trekking poles"));
    assertThat(poles.get("earlier").booleanValue()).isTrue();
    assertThat(graph.get("orphans").intValue()).isEqualTo(1); // the trails article itself
  }

  @Test
  void aBatchSetToLinkAutomaticallyIsLinkedOnceWritten() {
    var submitted =
        admin.post(
            "/api/articles/bulk",
            "application/json",
            "{\"settings\": {\"wordCount\": 300}, \"items\": [\"coffee\", \"coffee grinder\","
                + " \"coffee grinder cleaning\", \"decaf coffee\"]}");
    String batch = submitted.json().get("id").stringValue();
    var settings =
        admin.put(
            "/api/articles/queue/" + batch + "/links/settings",
            "application/json",
            "{\"automatic\": true, \"maxLinks\": 2}");
    assertThat(settings.status()).as(settings.body()).isEqualTo(200);
    assertThat(settings.json().get("automatic").booleanValue()).isTrue();

    JsonNode graph =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> graph(batch), g -> g.get("linkedAt") != null && !g.get("linkedAt").isNull());

    assertThat(graph.get("links").size()).isPositive();
    String source = graph.get("links").get(0).get("source").stringValue();
    JsonNode versions = admin.get("/api/articles/" + source + "/versions").json();
    assertThat(versions.get(0).get("reason").stringValue()).isEqualTo("LINKED");
    assertThat(versions.get(0).get("author").isNull()).isTrue();
    assertThat(graph.get("links"))
        .allSatisfy(l -> assertThat(l.get("source")).isNotEqualTo(l.get("target")));
  }

  @Test
  void settingsOutOfRangeAreRefusedNamingTheFieldAndNothingIsStored() {
    String batch = new ExportClient(admin).completedBatch("Settings", "tea");

    var refused =
        admin.put(
            "/api/articles/queue/" + batch + "/links/settings",
            "application/json",
            "{\"automatic\": true, \"maxLinks\": 11}");
    var refusedRun =
        admin.post(
            "/api/articles/queue/" + batch + "/links", "application/json", "{\"maxLinks\": -1}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("errors").get(0).get("field").stringValue())
        .isEqualTo("maxLinks");
    assertThat(refusedRun.status()).isEqualTo(400);
    JsonNode settings = graph(batch).get("settings");
    assertThat(settings.get("automatic").booleanValue()).isFalse();
    assertThat(settings.get("maxLinks").intValue()).isEqualTo(3);
    assertThat(graph(batch).get("linkedAt").isNull()).isTrue();
  }

  private JsonNode graph(String batch) {
    return new LinkingClient(admin).graph(batch);
  }

  private static JsonNode node(JsonNode graph, String id) {
    return LinkingClient.node(graph, id);
  }

  private Map<String, String> articleIds(String batch) {
    return new LinkingClient(admin).articleIds(batch);
  }

  private void edit(String id, String title, String paragraph) {
    new LinkingClient(admin).write(id, title, paragraph);
  }
}
