package com.bulkwriter.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.internal.Batch;
import com.bulkwriter.batch.internal.BatchService;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.PageRequest;
import com.bulkwriter.support.TestApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A batch and its articles survive a restart of the node, and processing continues after it. */
class QueueRestartTest {

  private static final String OWNER = QueueContract.OWNER;

  private static final Map<String, Object> SLOW_NODE =
      Map.of("bulkwriter.offline.delay", "30ms", "bulkwriter.queue.max-in-flight", "2");

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void aGracefulRestartResumesTheBatchWithoutLosingOrRepeatingAnArticle(DatabaseUnderTest db) {
    Map<String, Object> database = db.properties();
    Batch batch;
    try (var first = TestApplication.start(database, SLOW_NODE)) {
      batch = submit(first, 60);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> service(first).counts(batch).succeeded() >= 5);
    }
    try (var second = TestApplication.start(database, Map.of())) {
      BatchService service = service(second);
      await().atMost(Duration.ofSeconds(30)).until(() -> service.counts(batch).succeeded() == 60);
      var articles = service.articles(OWNER, batch.id(), null, new PageRequest(0, 100)).content();
      assertThat(articles).allSatisfy(a -> assertThat(a.attempts()).isEqualTo(1));
      assertThat(articles)
          .allSatisfy(a -> assertThat(a.status()).isEqualTo(ArticleState.SUCCEEDED));
    }
  }

  @ParameterizedTest
  @EnumSource(value = DatabaseUnderTest.class, names = "H2")
  void onTheEmbeddedDatabaseArticlesLeftRunningByACrashAreRescuedAtStart(DatabaseUnderTest db) {
    Map<String, Object> database = db.properties();
    Batch batch;
    try (var crashed =
        TestApplication.start(database, Map.of("bulkwriter.queue.enabled", "false"))) {
      batch = submit(crashed, 3);
      ArticleClaims claims = crashed.getBean(ArticleClaims.class);
      Instant farFuture = Instant.now().plus(Duration.ofDays(1));
      crashed
          .getBean(TransactionTemplate.class)
          .execute(tx -> claims.claim(batch.id(), 3, "crashed-node", Instant.now(), farFuture));
    }
    try (var restarted = TestApplication.start(database, Map.of())) {
      BatchService service = service(restarted);
      await().atMost(Duration.ofSeconds(30)).until(() -> service.counts(batch).succeeded() == 3);
    }
  }

  private static BatchService service(ConfigurableApplicationContext context) {
    return context.getBean(BatchService.class);
  }

  private static Batch submit(ConfigurableApplicationContext context, int size) {
    ObjectNode body = JsonMapper.builder().build().createObjectNode();
    body.putObject("settings").put("wordCount", 300);
    var items = body.putArray("items");
    for (int i = 1; i <= size; i++) {
      items.add("restart keyword " + i);
    }
    return service(context).submitJson(OWNER, body, null).batch();
  }
}
