package com.bulkwriter.batch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.ApiTest;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Managing batches over real HTTP, on every database (see the subclasses): search by name and by
 * keyword, filters, order and paging of the list; rename, archive, delete in the background, and
 * reading a batch back as it was submitted. Each test works as a user of its own, so tests do not
 * see one another's batches.
 */
abstract class BatchManagementApiContract extends ApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  Api user;
  String username;

  @BeforeEach
  void ownUser() {
    username = "u" + UUID.randomUUID().toString().substring(0, 8);
    user = admin.newUser(username);
  }

  @Test
  void searchFindsBatchesByNameOrByAnyOfTheirKeywordsIgnoringCaseAndWildcards() {
    UUID hiking = submit(user, "Hiking Gear", "trail shoes", "tents");
    UUID coffee = submit(user, "Coffee", "espresso at home", "Best HIKING flasks");
    UUID percent = submit(user, "Sale 100% off", "discounts");
    submit(user, "Gardening", "compost");

    assertThat(ids(list(user, "q=hiking"))).containsExactlyInAnyOrder(hiking, coffee);
    assertThat(ids(list(user, "q=hiking&searchIn=name"))).containsExactly(hiking);
    assertThat(ids(list(user, "q=HIKING%20FLASK&searchIn=keyword"))).containsExactly(coffee);
    assertThat(ids(list(user, "q=espresso"))).containsExactly(coffee);
    assertThat(ids(list(user, "q=" + encode("100%")))).containsExactly(percent);
    assertThat(ids(list(user, "q=" + encode("%")))).containsExactly(percent);
    assertThat(ids(list(user, "q=_"))).isEmpty();
    assertThat(ids(list(user, "q=nothing-like-this"))).isEmpty();
  }

  @Test
  void theListFiltersByStatusAndCreationTime() {
    UUID done = submit(user, "Done", "one");
    awaitStatus(user, done, "COMPLETED");
    // large enough to be stopped before it is written
    UUID stopped = submit(user, "Stopped", keywords("stop", 300));
    user.post("/api/articles/queue/" + stopped + "/pause");
    user.post("/api/articles/queue/" + stopped + "/cancel");

    for (String status : List.of("RUNNING", "PAUSED", "COMPLETED", "CANCELLED")) {
      List<UUID> expected =
          Stream.of(done, stopped).filter(id -> statusOf(user, id).equals(status)).toList();
      assertThat(ids(list(user, "status=" + status.toLowerCase())))
          .as(status)
          .containsExactlyInAnyOrderElementsOf(expected);
    }
    String later = Instant.now().plus(Duration.ofHours(1)).toString();
    String earlier = Instant.now().minus(Duration.ofHours(1)).toString();
    assertThat(ids(list(user, "createdFrom=" + later))).isEmpty();
    assertThat(ids(list(user, "createdFrom=" + earlier + "&createdBefore=" + later)))
        .containsExactlyInAnyOrder(done, stopped);
    assertThat(ids(list(user, "createdBefore=" + earlier))).isEmpty();
    assertThat(ids(list(user, "createdFrom=2000-01-01"))).hasSize(2);
  }

  @Test
  void theListSortsAndPagesWithoutOverlap() {
    UUID beta = submit(user, "beta", "b1", "b2", "b3");
    UUID alpha = submit(user, "Alpha", "a1");
    UUID gamma = submit(user, "gamma", "g1", "g2");

    assertThat(ids(list(user, "sort=name"))).containsExactly(alpha, beta, gamma);
    assertThat(ids(list(user, "sort=name&order=desc"))).containsExactly(gamma, beta, alpha);
    assertThat(ids(list(user, "sort=articles"))).containsExactly(beta, gamma, alpha);
    assertThat(ids(list(user, ""))).containsExactly(gamma, alpha, beta);
    assertThat(ids(list(user, "order=asc"))).containsExactly(beta, alpha, gamma);
    assertThat(ids(list(user, "sort=status"))).hasSize(3);

    submit(user, "delta", "d1");
    submit(user, "epsilon", "e1");
    Set<UUID> seen = new HashSet<>();
    for (int page = 0; page < 3; page++) {
      JsonNode answer = list(user, "size=2&sort=name&page=" + page);
      assertThat(answer.get("totalElements").intValue()).isEqualTo(5);
      assertThat(answer.get("totalPages").intValue()).isEqualTo(3);
      seen.addAll(ids(answer));
    }
    assertThat(seen).hasSize(5);
    JsonNode past = list(user, "size=2&page=9");
    assertThat(past.get("content").size()).isZero();
    assertThat(past.get("totalElements").intValue()).isEqualTo(5);
  }

  @Test
  void badListParametersAreRefusedTogetherNamingEachOne() {
    var response =
        user.get("/api/articles/queue?sort=size&order=up&archived=maybe&createdFrom=yesterday");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    response.json().get("errors").forEach(e -> fields.add(e.get("field").stringValue()));
    assertThat(fields).containsExactlyInAnyOrder("sort", "order", "archived", "createdFrom");
    assertThat(user.get("/api/articles/queue?q=" + "x".repeat(201)).status()).isEqualTo(400);
  }

  @Test
  void usersSeeTheirOwnBatchesAndOnlyAnAdminFiltersByOwner() {
    Api other = admin.newUser("o" + UUID.randomUUID().toString().substring(0, 8));
    UUID mine = submit(user, "Mine", "k1");
    UUID theirs = submit(other, "Theirs", "k2");

    assertThat(ids(list(user, ""))).containsExactly(mine);
    assertThat(ids(list(admin, "owner=" + username))).containsExactly(mine);
    assertThat(ids(list(admin, ""))).contains(mine, theirs);
    assertThat(user.get("/api/articles/queue?owner=someone-else").status()).isEqualTo(400);
    assertThat(ids(list(user, "owner=" + username))).containsExactly(mine);
  }

  @Test
  void aRenamedBatchIsFoundByItsNewNameAndABadNameIsRefused() {
    UUID id = submit(user, "Old name", "k1");

    var renamed = patch(user, id, "{\"name\": \"  New name  \"}");
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.json().get("name").stringValue()).isEqualTo("New name");
    assertThat(ids(list(user, "q=new%20name"))).containsExactly(id);

    var blank = patch(user, id, "{\"name\": \"   \"}");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.json().get("errors").get(0).get("field").stringValue()).isEqualTo("name");
    assertThat(patch(user, id, "{\"name\": \"" + "n".repeat(201) + "\"}").status()).isEqualTo(400);
    Api stranger = admin.newUser("s" + UUID.randomUUID().toString().substring(0, 8));
    assertThat(patch(stranger, id, "{\"name\": \"Mine now\"}").status()).isEqualTo(404);
    assertThat(patch(admin, id, "{\"name\": \"By the admin\"}").status()).isEqualTo(200);
  }

  @Test
  void anArchivedBatchLeavesTheDefaultListButKeepsWorking() {
    UUID kept = submit(user, "Kept", "k1");
    UUID archived = submit(user, "Archived", "k2", "k3");

    var answer = user.post("/api/articles/queue/" + archived + "/archive");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("archivedAt").isNull()).isFalse();
    assertThat(user.post("/api/articles/queue/" + archived + "/archive").status()).isEqualTo(200);

    assertThat(ids(list(user, ""))).containsExactly(kept);
    assertThat(ids(list(user, "archived=true"))).containsExactly(archived);
    assertThat(ids(list(user, "archived=all"))).containsExactlyInAnyOrder(kept, archived);
    awaitStatus(user, archived, "COMPLETED");
    assertThat(
            user.get("/api/articles/queue/" + archived)
                .json()
                .get("counts")
                .get("succeeded")
                .intValue())
        .isEqualTo(2);

    var back = user.post("/api/articles/queue/" + archived + "/unarchive");
    assertThat(back.json().get("archivedAt").isNull()).isTrue();
    assertThat(ids(list(user, ""))).containsExactlyInAnyOrder(kept, archived);
  }

  @Test
  void aDeletedBatchIsGoneAtOnceAndItsArticlesAreRemovedInTheBackground() {
    UUID kept = submit(user, "Kept", "k1");
    UUID doomed = submit(user, "Doomed", "d1", "d2", "d3");
    awaitStatus(user, doomed, "COMPLETED");
    String article =
        user.get("/api/articles/queue/" + doomed)
            .json()
            .get("items")
            .get("content")
            .get(0)
            .get("id")
            .stringValue();
    Api stranger = admin.newUser("s" + UUID.randomUUID().toString().substring(0, 8));
    assertThat(stranger.delete("/api/articles/queue/" + doomed).status()).isEqualTo(404);

    var deleted = user.delete("/api/articles/queue/" + doomed);

    assertThat(deleted.status()).isEqualTo(202);
    assertThat(deleted.json().get("name").stringValue()).isEqualTo("Doomed");
    assertThat(deleted.json().get("articles").intValue()).isEqualTo(3);
    assertThat(user.get("/api/articles/queue/" + doomed).status()).isEqualTo(404);
    assertThat(user.get("/api/articles/" + article).status()).isEqualTo(404);
    assertThat(ids(list(user, "archived=all"))).containsExactly(kept);
    assertThat(user.delete("/api/articles/queue/" + doomed).status()).isEqualTo(404);
    var export =
        user.post(
            "/api/exports",
            "application/json",
            "{\"batchIds\": [\"%s\"], \"formats\": [\"txt\"]}".formatted(doomed));
    assertThat(export.status()).isEqualTo(400);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> user.get("/api/articles/queue/deletions").json().isEmpty());
    assertThat(user.get("/api/articles/queue/" + kept).status()).isEqualTo(200);
  }

  @Test
  void aRunningBatchIsCancelledBeforeItIsDeleted() {
    UUID running = submit(user, "Running", keywords("run", 300));
    user.post("/api/articles/queue/" + running + "/pause");

    var deleted = user.delete("/api/articles/queue/" + running);

    assertThat(deleted.status()).isEqualTo(202);
    assertThat(user.get("/api/articles/queue/" + running).status()).isEqualTo(404);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> admin.get("/api/articles/queue/deletions").json().isEmpty());
  }

  @Test
  void aBatchReadBackAsSubmittedCanBeSubmittedAgainAsANewBatch() {
    String body =
        """
        {"name": "Original", "settings": {"tone": "casual", "wordCount": 450, "includeFaq": true,
         "instructions": "Short paragraphs."},
         "items": [{"keyword": "first", "title": "The first", "wordCount": 300},
                   {"keyword": "second", "tone": "formal"}, "third"]}""";
    UUID original = id(user.post("/api/articles/bulk", "application/json", body).json());

    JsonNode submission = user.get("/api/articles/queue/" + original + "/submission").json();

    assertThat(submission.get("name").stringValue()).isEqualTo("Original");
    assertThat(submission.get("settings").get("tone").stringValue()).isEqualTo("casual");
    assertThat(submission.get("settings").get("wordCount").intValue()).isEqualTo(450);
    JsonNode items = submission.get("items");
    assertThat(items).hasSize(3);
    assertThat(items.get(0).get("keyword").stringValue()).isEqualTo("first");
    assertThat(items.get(0).get("title").stringValue()).isEqualTo("The first");
    assertThat(items.get(0).get("wordCount").intValue()).isEqualTo(300);
    assertThat(items.get(1).get("tone").stringValue()).isEqualTo("formal");
    assertThat(items.get(2).has("tone")).isFalse();

    ObjectNode again = (ObjectNode) submission;
    again.put("name", "Original (copy)");
    var copy = user.post("/api/articles/bulk", "application/json", JSON.writeValueAsString(again));
    assertThat(copy.status()).as(copy.body()).isEqualTo(202);
    JsonNode copied = user.get("/api/articles/queue/" + id(copy.json()) + "/submission").json();
    assertThat(copied.get("items")).isEqualTo(items);
    assertThat(copied.get("settings")).isEqualTo(submission.get("settings"));
    Api stranger = admin.newUser("s" + UUID.randomUUID().toString().substring(0, 8));
    assertThat(stranger.get("/api/articles/queue/" + original + "/submission").status())
        .isEqualTo(404);
  }

  static UUID submit(Api api, String name, String... keywords) {
    ObjectNode body = JSON.createObjectNode().put("name", name);
    var items = body.putArray("items");
    for (String keyword : keywords) {
      items.add(keyword);
    }
    var response =
        api.post("/api/articles/bulk", "application/json", JSON.writeValueAsString(body));
    assertThat(response.status()).as(response.body()).isEqualTo(202);
    return id(response.json());
  }

  static String[] keywords(String prefix, int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + " " + i).toArray(String[]::new);
  }

  static JsonNode list(Api api, String query) {
    var response = api.get("/api/articles/queue?" + query);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  static List<UUID> ids(JsonNode page) {
    List<UUID> ids = new ArrayList<>();
    page.get("content").forEach(batch -> ids.add(id(batch)));
    return ids;
  }

  static UUID id(JsonNode batch) {
    return UUID.fromString(batch.get("id").stringValue());
  }

  static Api.Response patch(Api api, UUID id, String body) {
    return api.send(
        HttpRequest.newBuilder(api.uri("/api/articles/queue/" + id))
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
  }

  static String statusOf(Api api, UUID id) {
    return api.get("/api/articles/queue/" + id).json().get("status").stringValue();
  }

  static void awaitStatus(Api api, UUID id, String status) {
    await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(api, id), status::equals);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
