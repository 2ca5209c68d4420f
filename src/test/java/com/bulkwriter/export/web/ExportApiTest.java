package com.bulkwriter.export.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.support.DatabaseUnderTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The export API over real HTTP on the embedded default (H2, offline engine). */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bulkwriter.offline.delay=0",
      "bulkwriter.queue.poll-interval=50ms",
      "bulkwriter.queue.completion-interval=100ms",
      "bulkwriter.export.chunk-size=4KB"
    })
class ExportApiTest {

  @LocalServerPort int port;
  ExportClient client;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeEach
  void client() {
    client = new ExportClient(port);
  }

  @Test
  void aBatchIsExportedInAllFormatsWithManifestsAndAChecksumThatMatches() throws Exception {
    String batch = client.completedBatch("Coffee Guides", "espresso at home", "cold brew");

    var started =
        client.start(
            """
            {"batchIds": ["%s"], "formats": ["docx", "md", "txt", "html"]}"""
                .formatted(batch));
    assertThat(started.status()).isEqualTo(202);
    String id = started.json().get("id").stringValue();
    assertThat(started.header("Location")).isEqualTo("/api/exports/" + id);
    assertThat(started.json().get("articles").intValue()).isEqualTo(2);

    JsonNode done = client.awaitFinished(id);
    assertThat(done.get("status").stringValue()).isEqualTo("SUCCEEDED");
    assertThat(done.get("progress").doubleValue()).isEqualTo(100.0);
    assertThat(done.get("owner").stringValue()).isEqualTo("admin");
    assertThat(done.get("layout").stringValue()).isEqualTo("by-format");
    assertThat(done.get("scope").get("batches").get(0).get("name").stringValue())
        .isEqualTo("Coffee Guides");
    assertThat(done.get("expiresAt").isNull()).isFalse();
    JsonNode history = client.api().get("/api/exports").json().get("content");
    assertThat(history.findValuesAsString("id")).contains(id);

    var download = client.download(id);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;")
        .contains("Coffee Guides-");
    byte[] zip = download.body();
    assertThat((long) zip.length).isEqualTo(done.get("sizeBytes").longValue());
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip)))
        .isEqualTo(done.get("sha256").stringValue());

    Map<String, byte[]> entries = ExportClient.unzip(zip);
    assertThat(entries.keySet())
        .contains(
            "Coffee Guides/docx/espresso-at-home.docx",
            "Coffee Guides/md/espresso-at-home.md",
            "Coffee Guides/txt/cold-brew.txt",
            "Coffee Guides/html/cold-brew.html",
            "manifest.csv",
            "manifest.json");
    try (var docx =
        new XWPFDocument(
            new ByteArrayInputStream(entries.get("Coffee Guides/docx/espresso-at-home.docx")))) {
      assertThat(docx.getParagraphs().getFirst().getStyle()).isEqualTo("Heading1");
      assertThat(docx.getProperties().getCoreProperties().getKeywords())
          .isEqualTo("espresso at home");
    }
    String csv = new String(entries.get("manifest.csv"), StandardCharsets.UTF_8);
    assertThat(csv.lines().toList())
        .hasSize(3)
        .first()
        .isEqualTo("\uFEFFbatch,keyword,title,slug,status,words,tokens,cost,files,note");
    JsonNode manifest =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(entries.get("manifest.json"));
    assertThat(manifest.get("articles")).hasSize(2);
    assertThat(manifest.get("articles").get(1).get("files").get(0).stringValue())
        .isEqualTo("Coffee Guides/docx/cold-brew.docx");
  }

  @Test
  void downloadsResumeWithByteRangesAcrossChunks() {
    String batch = client.completedBatch("Ranges", "tea", "green tea", "black tea", "oolong");
    String id =
        client
            .start("{\"batchIds\": [\"%s\"], \"formats\": [\"docx\", \"html\"]}".formatted(batch))
            .json()
            .get("id")
            .stringValue();
    client.awaitFinished(id);
    byte[] whole = client.download(id).body();
    assertThat(whole.length).isGreaterThan(9_000); // more than two 4 KB chunks

    var middle = client.download(id, "Range", "bytes=4000-8999");
    assertThat(middle.statusCode()).isEqualTo(206);
    assertThat(middle.headers().firstValue("Content-Range"))
        .hasValue("bytes 4000-8999/" + whole.length);
    assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(whole, 4000, 9000));

    var tail = client.download(id, "Range", "bytes=-100");
    assertThat(tail.statusCode()).isEqualTo(206);
    assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(whole, whole.length - 100, whole.length));

    var beyond = client.download(id, "Range", "bytes=" + (whole.length + 10) + "-");
    assertThat(beyond.statusCode()).isEqualTo(416);
  }

  @Test
  void chosenArticlesByArticleLayoutAndDeletion() {
    String batch = client.completedBatch("Chosen", "apples", "pears", "plums");
    JsonNode items =
        client.api().get("/api/articles/queue/" + batch).json().get("items").get("content");
    String pears = items.get(1).get("id").stringValue();
    String id =
        client
            .start(
                """
                {"batchIds": ["%s"], "articleIds": ["%s"], "formats": ["md"], "layout": "by-article"}"""
                    .formatted(batch, pears))
            .json()
            .get("id")
            .stringValue();
    JsonNode done = client.awaitFinished(id);
    assertThat(done.get("articles").intValue()).isEqualTo(1);
    assertThat(done.get("scope").get("chosenArticles").booleanValue()).isTrue();
    Map<String, byte[]> entries = ExportClient.unzip(client.download(id).body());
    assertThat(entries.keySet())
        .containsExactly("Chosen/pears/pears.md", "manifest.csv", "manifest.json");
    assertThat(new String(entries.get("Chosen/pears/pears.md"), StandardCharsets.UTF_8))
        .startsWith("---\ntitle: ")
        .contains("\nslug: pears\n", "\nkeyword: pears\n");

    assertThat(client.api().delete("/api/exports/" + id).status()).isEqualTo(204);
    assertThat(client.api().get("/api/exports/" + id).status()).isEqualTo(404);
    assertThat(client.download(id).statusCode()).isEqualTo(404);
    assertThat(client.api().delete("/api/exports/" + id).status()).isEqualTo(404);
  }

  @Test
  void allArticlesListsTheOnesWithoutAResultInTheManifestsWithoutFiles() {
    var submitted =
        client
            .api()
            .post(
                "/api/articles/bulk",
                "application/json",
                """
                {"name": "Mixed", "settings": {"provider": "scripted", "model": "script-1"},
                 "items": ["kept", "broken #permanent", "also kept"]}""");
    String batch = submitted.json().get("id").stringValue();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                client
                    .api()
                    .get("/api/articles/queue/" + batch)
                    .json()
                    .get("status")
                    .stringValue()
                    .equals("COMPLETED"));
    JsonNode items =
        client.api().get("/api/articles/queue/" + batch).json().get("items").get("content");
    String broken = items.get(1).get("id").stringValue();
    assertThat(items.get(1).get("status").stringValue()).isEqualTo("FAILED");

    var finishedOnly =
        client.start(
            "{\"batchIds\": [\"%s\"], \"articleIds\": [\"%s\"], \"formats\": [\"md\"]}"
                .formatted(batch, broken));
    assertThat(finishedOnly.status()).isEqualTo(400);
    assertThat(finishedOnly.json().get("errors").get(0).get("message").stringValue())
        .contains("is failed", "unless include is all");

    var started =
        client.start(
            "{\"batchIds\": [\"%s\"], \"formats\": [\"md\"], \"include\": \"all\"}"
                .formatted(batch));
    assertThat(started.status()).isEqualTo(202);
    assertThat(started.json().get("articles").intValue()).isEqualTo(3);
    JsonNode done = client.awaitFinished(started.json().get("id").stringValue());
    assertThat(done.get("status").stringValue()).isEqualTo("SUCCEEDED");
    assertThat(done.get("scope").get("include").stringValue()).isEqualTo("all");
    assertThat(done.get("processed").intValue()).isEqualTo(3);

    Map<String, byte[]> entries =
        ExportClient.unzip(client.download(done.get("id").stringValue()).body());
    // the scripted provider's slugs are "slug-<hash>": two files, and the manifests
    assertThat(entries.keySet())
        .hasSize(4)
        .contains("manifest.csv", "manifest.json")
        .filteredOn(name -> name.startsWith("Mixed/md/slug-"))
        .hasSize(2);
    JsonNode listed =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(entries.get("manifest.json"))
            .get("articles");
    assertThat(listed).hasSize(3);
    assertThat(listed.get(2).get("keyword").stringValue()).isEqualTo("broken #permanent");
    assertThat(listed.get(2).get("status").stringValue()).isEqualTo("FAILED");
    assertThat(listed.get(2).get("files")).isEmpty();
    assertThat(new String(entries.get("manifest.csv"), StandardCharsets.UTF_8).lines())
        .anyMatch(line -> line.startsWith("Mixed,broken #permanent,") && line.contains(",FAILED,"));

    var chosenFailed =
        client.start(
            """
            {"batchIds": ["%s"], "articleIds": ["%s"], "formats": ["md"], "include": "all"}"""
                .formatted(batch, broken));
    assertThat(chosenFailed.status()).isEqualTo(202);
    JsonNode onlyFailed = client.awaitFinished(chosenFailed.json().get("id").stringValue());
    assertThat(ExportClient.unzip(client.download(onlyFailed.get("id").stringValue()).body()))
        .containsOnlyKeys("manifest.csv", "manifest.json");
  }

  @Test
  void badRequestsNameEveryFieldAndCreateNothing() {
    String batch = client.completedBatch("Bad", "figs");
    long before = client.api().get("/api/exports").json().get("totalElements").longValue();

    var response =
        client.start(
            """
            {"batchIds": ["%s", "00000000-0000-0000-0000-00000000dead", "nope"],
             "formats": ["docx", "pdf"], "layout": "sideways", "include": "some"}"""
                .formatted(batch));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("detail").stringValue()).contains("nothing was started");
    List<String> fields = new ArrayList<>();
    response.json().get("errors").forEach(e -> fields.add(e.get("field").stringValue()));
    assertThat(fields)
        .containsExactlyInAnyOrder("formats[1]", "layout", "include", "batchIds[1]", "batchIds[2]");

    var empty =
        client.start(
            "{\"batchIds\": [\"%s\"], \"articleIds\": [], \"formats\": [\"txt\"]}"
                .formatted(batch));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("errors").get(0).get("field").stringValue())
        .isEqualTo("articleIds");
    assertThat(empty.json().get("errors").get(0).get("message").stringValue())
        .contains("nothing to export");

    var noFormats = client.start("{\"batchIds\": [\"%s\"], \"formats\": []}".formatted(batch));
    assertThat(noFormats.json().get("errors").get(0).get("field").stringValue())
        .isEqualTo("formats");
    assertThat(client.api().get("/api/exports").json().get("totalElements").longValue())
        .isEqualTo(before);
  }

  @Test
  void anotherOwnerSeesNoneOfItAndCannotExportSomeoneElsesBatch() {
    String batch = client.completedBatch("Private", "secret recipes");
    String id =
        client
            .start("{\"batchIds\": [\"%s\"], \"formats\": [\"txt\"]}".formatted(batch))
            .json()
            .get("id")
            .stringValue();
    client.awaitFinished(id);

    ExportClient other = new ExportClient(client.api().newUser("someone-else"));
    assertThat(other.api().get("/api/exports/" + id).status()).isEqualTo(404);
    assertThat(other.download(id).statusCode()).isEqualTo(404);
    assertThat(other.api().delete("/api/exports/" + id).status()).isEqualTo(404);
    assertThat(other.api().get("/api/exports").json().get("totalElements").longValue()).isZero();
    var theirs = other.start("{\"batchIds\": [\"%s\"], \"formats\": [\"txt\"]}".formatted(batch));
    assertThat(theirs.status()).isEqualTo(400);
    assertThat(theirs.json().get("errors").get(0).get("field").stringValue())
        .isEqualTo("batchIds[0]");
  }
}
