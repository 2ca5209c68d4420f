package com.bulkwriter.bench;

import com.bulkwriter.batch.internal.Batch;
import com.bulkwriter.batch.internal.BatchService;
import com.bulkwriter.batch.internal.Counts;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.TestApplication;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finished batches for the benches that work on written articles: a node on the embedded database
 * with the offline engine at zero delay and limits that let {@code articles} (and a warm-up) in,
 * and batches submitted through the batch service and waited for.
 */
final class WrittenBatches {

  /** Submits go straight to the services, as the owner of the bench's batches. */
  static final String OWNER = "bench";

  private WrittenBatches() {}

  static ConfigurableApplicationContext start(int articles) {
    return TestApplication.start(
        DatabaseUnderTest.H2.properties(),
        Map.of(
            "bulkwriter.offline.delay", "0",
            "bulkwriter.batch.max-items", String.valueOf(Math.max(articles, 10_000)),
            "bulkwriter.security.max-queued-articles", String.valueOf(articles + 2_000),
            "bulkwriter.security.max-articles-per-day", String.valueOf(2 * articles + 2_000),
            "logging.level.root", "WARN"));
  }

  /** Submits one batch of {@code keywords} and waits until none of its articles is left to write. */
  static Batch seed(BatchService service, String name, List<String> keywords)
      throws InterruptedException {
    ObjectNode body = JsonMapper.builder().build().createObjectNode();
    body.put("name", name);
    var items = body.putArray("items");
    keywords.forEach(items::add);
    Batch batch = service.submitJson(OWNER, body, null).batch();
    Counts counts;
    do {
      Thread.sleep(50);
      counts = service.counts(batch);
    } while (counts.queued() + counts.running() > 0);
    return batch;
  }
}
