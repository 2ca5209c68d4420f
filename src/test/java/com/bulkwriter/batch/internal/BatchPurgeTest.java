package com.bulkwriter.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.TestApplication;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deleting a batch in the background: the mark is stored, so a node stopped in the middle of the
 * purge leaves the rest to the next start; and the queue never claims an article of a marked batch.
 */
class BatchPurgeTest {

  private static final String OWNER = "admin";

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void aPurgeStoppedByARestartIsFinishedByTheNextStart(DatabaseUnderTest db) {
    Map<String, Object> database = db.properties();
    UUID batch;
    // two articles per chunk, then an hour's pause: the node stops in the middle of the purge
    Map<String, Object> slowPurge =
        Map.of("bulkwriter.batch.purge-chunk", "2", "bulkwriter.batch.purge-pause", "1h");
    try (var first = TestApplication.start(database, slowPurge)) {
      batch = submit(first, 10);
      first.getBean(BatchManagement.class).delete(OWNER, batch);
      await().atMost(Duration.ofSeconds(30)).until(() -> articles(first, batch) == 8);
      assertThat(rows(first, "SELECT count(*) FROM batches WHERE id = :id", batch)).isOne();
    }
    try (var second = TestApplication.start(database, Map.of())) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> rows(second, "SELECT count(*) FROM batches WHERE id = :id", batch) == 0);
      assertThat(articles(second, batch)).isZero();
      assertThat(rows(second, "SELECT count(*) FROM batch_keywords WHERE batch_id = :id", batch))
          .isZero();
      assertThat(rows(second, "SELECT count(*) FROM keyword_keys WHERE batch_id = :id", batch))
          .isZero();
      assertThat(rows(second, "SELECT count(*) FROM progress_events WHERE batch_id = :id", batch))
          .isZero();
      assertThat(second.getBean(BatchManagement.class).deletions(null)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void theQueueNeverClaimsAnArticleOfABatchMarkedForDeletion(DatabaseUnderTest db) {
    Map<String, Object> database = db.properties();
    // a long interval and no deletion on this node: the mark stays while the queue runs
    try (var node =
        TestApplication.start(
            database,
            Map.of("bulkwriter.queue.enabled", "false", "bulkwriter.batch.purge-interval", "1h"))) {
      UUID batch = submit(node, 5);
      node.getBean(JdbcClient.class)
          .sql("UPDATE batches SET deleting_at = updated_at WHERE id = :id")
          .param("id", batch)
          .update();
    }
    // one article per chunk, then an hour's pause: four articles stay while the queue runs
    try (var node =
        TestApplication.start(
            database,
            Map.of(
                "bulkwriter.batch.purge-chunk", "1",
                "bulkwriter.batch.purge-pause", "1h",
                "bulkwriter.batch.purge-interval", "1h"))) {
      JdbcClient jdbc = node.getBean(JdbcClient.class);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> jdbc.sql("SELECT count(*) FROM articles").query(Long.class).single() == 4);
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(5))
          .until(
              () ->
                  jdbc.sql("SELECT count(*) FROM articles WHERE status = 'QUEUED'")
                          .query(Long.class)
                          .single()
                      == 4);
    }
  }

  private static long articles(ConfigurableApplicationContext context, UUID batch) {
    return rows(context, "SELECT count(*) FROM articles WHERE batch_id = :id", batch);
  }

  private static long rows(ConfigurableApplicationContext context, String sql, UUID batch) {
    return context.getBean(JdbcClient.class).sql(sql).param("id", batch).query(Long.class).single();
  }

  private static UUID submit(ConfigurableApplicationContext context, int size) {
    ObjectNode body = JsonMapper.builder().build().createObjectNode();
    body.put("name", "purged");
    var items = body.putArray("items");
    for (int i = 1; i <= size; i++) {
      items.add("purged keyword " + i);
    }
    return context.getBean(BatchService.class).submitJson(OWNER, body, null).batch().id();
  }
}
