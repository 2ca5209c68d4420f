package com.bulkwriter.quality.internal;

import static com.bulkwriter.quality.QualityApi.failed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.quality.QualityApi;
import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.TestApplication;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durable background step of the quality checks on real nodes: the queue's write only marks an
 * article pending, the API says so, and the quality runner checks it after the commit, also after a
 * stop with articles still pending, never storing an article's checks twice, and finding
 * near-duplicates whatever chunk or order their articles are checked in.
 */
class QualityRunnerTest {

  /** A node whose runner looks once at start and then not for an hour: articles stay pending. */
  private static final Map<String, Object> IDLE_RUNNER =
      Map.of("bulkwriter.quality.runner-interval", "1h");

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void aWrittenArticleIsPendingUntilCheckedAndStillCheckedAfterAStop(DatabaseUnderTest db) {
    Map<String, Object> database = db.properties();
    String batchId;
    List<String> ids;
    try (var node = TestApplication.start(database, IDLE_RUNNER)) {
      Api admin = api(node);
      batchId = QualityApi.writtenBatch(admin, keywords(6));
      ids = QualityApi.articleIds(admin, batchId);
      // the sixth article has the first one's text, as a provider might write it
      copyText(node, ids.get(0), ids.get(5));

      JsonNode article = admin.get("/api/articles/" + ids.get(0) + "/quality").json();
      JsonNode summary = admin.get("/api/articles/queue/" + batchId + "/quality").json();

      assertThat(article.get("pending").booleanValue()).isTrue();
      assertThat(article.get("checkedAt").isNull()).isTrue();
      assertThat(article.get("checks")).isEmpty();
      assertThat(summary.get("pending").longValue()).isEqualTo(6);
      assertThat(summary.get("checked").longValue()).isZero();
      assertThat(summary.get("failing").longValue()).isZero();
      assertThat(count(node, "quality_pending")).isEqualTo(6);
    }
    // checked in chunks of two: the two alike articles are in different transactions
    try (var node = TestApplication.start(database, Map.of("bulkwriter.quality.runner-chunk", 2))) {
      Api admin = api(node);
      JsonNode summary =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () -> admin.get("/api/articles/queue/" + batchId + "/quality").json(),
                  s -> s.get("pending").longValue() == 0);
      JsonNode first = admin.get("/api/articles/" + ids.get(0) + "/quality").json();
      JsonNode last = admin.get("/api/articles/" + ids.get(5) + "/quality").json();

      assertThat(summary.get("checked").longValue()).isEqualTo(6);
      assertThat(first.get("pending").booleanValue()).isFalse();
      assertThat(first.get("checks")).hasSize(12);
      assertThat(failed(first)).contains("NEAR_DUPLICATE");
      assertThat(failed(last)).contains("NEAR_DUPLICATE");
      assertThat(first.get("nearDuplicates").get(0).get("articleId").stringValue())
          .isEqualTo(ids.get(5));
      assertThat(count(node, "quality_pending")).isZero();
      assertThat(count(node, "article_quality")).isEqualTo(6);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void whileTheProcessorsAreBusyAWrittenArticleWaitsTheBusyDelayBeforeItIsChecked(
      DatabaseUnderTest db) {
    // a busy share of 0: every reading counts as busy, as when the queue keeps both cores busy
    Map<String, Object> alwaysBusy =
        Map.of(
            "bulkwriter.quality.runner-busy-cpu", "0",
            "bulkwriter.quality.runner-busy-delay", "3s",
            "bulkwriter.quality.runner-interval", "100ms");
    try (var node = TestApplication.start(db.properties(), alwaysBusy)) {
      Api admin = api(node);
      String batchId = QualityApi.writtenBatch(admin, keywords(3));
      JdbcClient jdbc = node.getBean(JdbcClient.class);

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> count(node, "quality_pending") == 0 && count(node, "article_quality") == 3);

      List<Duration> waited =
          jdbc.sql(
                  "SELECT a.finished_at, q.checked_at FROM articles a"
                      + " JOIN article_quality q ON q.article_id = a.id WHERE a.batch_id = :batchId")
              .param("batchId", UUID.fromString(batchId))
              .query(
                  (row, n) ->
                      Duration.between(
                          row.getObject(1, OffsetDateTime.class),
                          row.getObject(2, OffsetDateTime.class)))
              .list();
      assertThat(waited)
          .hasSize(3)
          .allSatisfy(wait -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(3)));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void aChunkThatDoesNotCommitLeavesItsArticlesPendingAndCheckingAgainStoresNothingTwice(
      DatabaseUnderTest db) {
    try (var node = TestApplication.start(db.properties(), IDLE_RUNNER)) {
      Api admin = api(node);
      String batchId = QualityApi.writtenBatch(admin, keywords(4));
      List<String> ids = QualityApi.articleIds(admin, batchId);
      copyText(node, ids.get(0), ids.get(3));
      QualityRunner runner = node.getBean(QualityRunner.class);
      TransactionTemplate transactions = node.getBean(TransactionTemplate.class);

      // a crash in the middle of a chunk: its transaction is undone, pending rows and all
      transactions.executeWithoutResult(
          tx -> {
            assertThat(runner.checkChunk()).isEqualTo(4);
            tx.setRollbackOnly();
          });
      assertThat(count(node, "quality_pending")).isEqualTo(4);
      assertThat(count(node, "article_quality")).isZero();

      assertThat(runner.checkChunk()).isEqualTo(4);
      assertThat(runner.checkChunk()).isZero();
      List<Long> once = stored(node);
      // every article pending again (as after a crash right after the write): checked again
      PendingChecks pending = node.getBean(PendingChecks.class);
      transactions.executeWithoutResult(
          tx ->
              ids.forEach(
                  id ->
                      pending.mark(UUID.fromString(id), UUID.fromString(batchId), Instant.now())));
      assertThat(runner.checkChunk()).isEqualTo(4);

      assertThat(stored(node)).isEqualTo(once);
      assertThat(once.get(0)).isEqualTo(4);
      assertThat(once.get(3)).as("the alike pair, both ways").isGreaterThanOrEqualTo(2);
      assertThat(count(node, "quality_pending")).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void twoRunnersAtOnceCheckEveryArticleOnceAndStillFindThePair(DatabaseUnderTest db)
      throws Exception {
    try (var node =
        TestApplication.start(
            db.properties(),
            Map.of(
                "bulkwriter.quality.runner-interval",
                "1h",
                "bulkwriter.quality.runner-chunk",
                1))) {
      Api admin = api(node);
      String batchId = QualityApi.writtenBatch(admin, keywords(8));
      List<String> ids = QualityApi.articleIds(admin, batchId);
      copyText(node, ids.get(1), ids.get(6));
      QualityRunner runner = node.getBean(QualityRunner.class);

      // as two nodes would: each checks chunk after chunk in transactions of its own (PostgreSQL:
      // one batch per runner at a time; H2, one node in production, may check an article twice
      // here, which replaces its results)
      try (var threads = Executors.newFixedThreadPool(2)) {
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          runs.add(
              threads.submit(
                  () -> {
                    // a runner finding the batch taken by the other one tries again
                    while (count(node, "quality_pending") > 0) {
                      runner.checkChunk();
                    }
                  }));
        }
        for (Future<?> run : runs) {
          run.get(60, TimeUnit.SECONDS);
        }
      }

      assertThat(count(node, "quality_pending")).isZero();
      assertThat(count(node, "article_quality")).isEqualTo(8);
      assertThat(failed(admin.get("/api/articles/" + ids.get(1) + "/quality").json()))
          .contains("NEAR_DUPLICATE");
      assertThat(failed(admin.get("/api/articles/" + ids.get(6) + "/quality").json()))
          .contains("NEAR_DUPLICATE");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void anArticleWhoseChecksCannotRunIsSetAsideAndTheOthersAreStillChecked(DatabaseUnderTest db) {
    try (var node = TestApplication.start(db.properties(), IDLE_RUNNER)) {
      Api admin = api(node);
      String batchId = QualityApi.writtenBatch(admin, keywords(4));
      List<UUID> ids =
          QualityApi.articleIds(admin, batchId).stream().map(UUID::fromString).toList();
      JdbcClient jdbc = node.getBean(JdbcClient.class);
      // a row whose own settings cannot be read: its checks fail, whichever chunk it is in
      jdbc.sql("UPDATE articles SET overrides = '{not json' WHERE id = :id")
          .param("id", ids.get(1))
          .update();
      QualityRunner runner = node.getBean(QualityRunner.class);

      runner.drain();
      runner.drain();

      assertThat(ids.stream().filter(id -> checked(jdbc, id)))
          .containsExactly(ids.get(0), ids.get(2), ids.get(3));
      assertThat(isPending(jdbc, ids.get(1))).as("set aside, still pending").isTrue();
      Instant until =
          jdbc.sql("SELECT queued_at FROM quality_pending WHERE article_id = :id")
              .param("id", ids.get(1))
              .query(OffsetDateTime.class)
              .single()
              .toInstant();
      assertThat(until).isAfter(Instant.now().plus(QualityRunner.SET_ASIDE).minusSeconds(60));
    }
  }

  private static boolean checked(JdbcClient jdbc, UUID id) {
    return jdbc.sql("SELECT count(*) FROM article_quality WHERE article_id = :id")
            .param("id", id)
            .query(Long.class)
            .single()
        == 1;
  }

  private static boolean isPending(JdbcClient jdbc, UUID id) {
    return jdbc.sql("SELECT count(*) FROM quality_pending WHERE article_id = :id")
            .param("id", id)
            .query(Long.class)
            .single()
        == 1;
  }

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void anEditOfAPendingArticleIsCheckedAtOnceAndNoLongerPending(DatabaseUnderTest db) {
    try (var node = TestApplication.start(db.properties(), IDLE_RUNNER)) {
      Api admin = api(node);
      String batchId = QualityApi.writtenBatch(admin, keywords(2));
      String id = QualityApi.articleIds(admin, batchId).get(0);
      Fixture fixture = Fixture.load("en-hiking-boots.md");
      String edit =
          "{\"title\": %s, \"slug\": %s, \"metaDescription\": %s, \"markdown\": %s}"
              .formatted(
                  quoted(fixture.title()),
                  quoted(fixture.slug()),
                  quoted(fixture.meta()),
                  quoted(fixture.markdown()));

      var saved =
          admin.send(
              HttpRequest.newBuilder(admin.uri("/api/articles/" + id))
                  .header("Content-Type", "application/json")
                  .header("If-Match", "\"1\"")
                  .PUT(HttpRequest.BodyPublishers.ofString(edit)));
      JsonNode quality = admin.get("/api/articles/" + id + "/quality").json();
      JsonNode summary = admin.get("/api/articles/queue/" + batchId + "/quality").json();

      assertThat(saved.status()).as(saved.body()).isEqualTo(200);
      assertThat(quality.get("pending").booleanValue()).isFalse();
      assertThat(quality.get("version").intValue()).isEqualTo(2);
      assertThat(quality.get("checks")).hasSize(12);
      assertThat(summary.get("pending").longValue()).isEqualTo(1);
      assertThat(summary.get("checked").longValue()).isEqualTo(1);
    }
  }

  // --- helpers

  private static String quoted(String text) {
    return JsonMapper.builder().build().writeValueAsString(text);
  }

  /** Rows of each quality table: checks, failures, band keys, near-duplicate pairs. */
  private static List<Long> stored(ConfigurableApplicationContext node) {
    return List.of(
        count(node, "article_quality"),
        count(node, "article_check_failures"),
        count(node, "article_minhash_bands"),
        count(node, "article_near_duplicates"));
  }

  private static long count(ConfigurableApplicationContext node, String table) {
    return node.getBean(JdbcClient.class)
        .sql("SELECT count(*) FROM " + table)
        .query(Long.class)
        .single();
  }

  private static void copyText(ConfigurableApplicationContext node, String from, String to) {
    node.getBean(JdbcClient.class)
        .sql(
            "UPDATE articles SET body = (SELECT body FROM articles WHERE id = :from) WHERE id = :to")
        .param("from", UUID.fromString(from))
        .param("to", UUID.fromString(to))
        .update();
  }

  private static Api api(ConfigurableApplicationContext node) {
    return new Api(((WebServerApplicationContext) node).getWebServer().getPort());
  }

  private static List<String> keywords(int size) {
    List<String> keywords = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      keywords.add("quality runner keyword " + i);
    }
    return keywords;
  }
}
