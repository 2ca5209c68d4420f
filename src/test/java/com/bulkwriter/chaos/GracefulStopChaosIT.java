package com.bulkwriter.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.chaos.ChaosBatch.Progress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * (d) A node stopped with SIGTERM mid-batch (as {@code systemctl stop} does) hands its work back:
 * when the process is gone it holds no lease, no attempt was spent on the stop, nothing was paid
 * twice, and the next start carries on at once instead of waiting for leases to expire.
 */
class GracefulStopChaosIT {

  private static final Duration ANSWER_TIME = Duration.ofMillis(1000);
  private static final int ARTICLES = 300;
  private static final String DATABASE = "chaos_graceful";

  /** "At once": a claim, one answer and a poll, with room for a busy machine; a lease is 20 s+. */
  private static final int RESUME_LIMIT_SECONDS = 10;

  @Test
  void aNodeStoppedWithSigtermHandsItsWorkBackAndTheNextStartResumesAtOnce() throws Exception {
    try (ChaosLab lab = ChaosLab.open("d-graceful-stop", ANSWER_TIME)) {
      lab.postgres().createDatabase(DATABASE);
      ProductNode node = lab.startNode("d-run-1", "data", lab.postgresSettings(DATABASE));
      ChaosBatch batch = ChaosBatch.of("graceful", ARTICLES);
      batch.submit(node.api());
      batch.awaitSucceeded(node.api(), ARTICLES / 3, Duration.ofMinutes(2));
      int heldAtStop = lab.heldOnPostgres(DATABASE, node.nodeId());
      Duration stopping = node.stop(Duration.ofSeconds(90));
      int leftLeased = lab.heldOnPostgres(DATABASE, node.nodeId());
      long stored = lab.auditPostgres(DATABASE, batch).inState("SUCCEEDED");

      node = lab.startNode("d-run-2", "data", lab.postgresSettings(DATABASE));
      long upAt = System.nanoTime();
      batch.awaitSucceeded(node.api(), (int) stored + 1, Duration.ofMinutes(2));
      double resumed = ChaosLab.seconds(upAt);
      Progress done = batch.awaitCompleted(node.api(), Duration.ofMinutes(2));
      QueueAudit audit = lab.auditPostgres(DATABASE, batch);
      int paidTwice = lab.paidTwice(batch);
      lab.report(
          "%d articles on 1 node, SIGTERM at a third while it held %d: exited in %.1f s leaving %d"
              + " leased; the next start wrote again %.1f s after it was up (limit %d s); %d"
              + " succeeded; %s; most attempts of an article %d; paid twice %s (allowed 0)",
          ARTICLES,
          heldAtStop,
          stopping.toMillis() / 1e3,
          leftLeased,
          resumed,
          RESUME_LIMIT_SECONDS,
          done.succeeded(),
          audit,
          audit.maxAttempts(),
          lab.paidTwiceDetail(batch));
      assertThat(leftLeased).as("articles still leased by the stopped node").isZero();
      assertThat(resumed)
          .as("seconds from the restarted node being up until it wrote again")
          .isLessThanOrEqualTo(RESUME_LIMIT_SECONDS);
      audit.assertClean(batch.keywords());
      assertThat(audit.maxAttempts()).as("attempts spent (the stop must spend none)").isEqualTo(1);
      assertThat(paidTwice).as("answers paid twice").isZero();
    }
  }
}
