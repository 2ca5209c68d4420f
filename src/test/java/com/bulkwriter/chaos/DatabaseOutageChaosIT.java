package com.bulkwriter.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.chaos.ChaosBatch.Progress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * (c) PostgreSQL is restarted mid-batch, and later every connection of the application is
 * terminated: the node must reconnect on its own and finish the batch with nothing stuck, failed or
 * paid twice, without being restarted itself.
 */
class DatabaseOutageChaosIT {

  private static final Duration ANSWER_TIME = Duration.ofMillis(1000);
  private static final int ARTICLES = 600;
  private static final String DATABASE = "chaos_outage";

  /** Several times what the work left after the last fault takes (about 20 s). */
  private static final Duration HEAL_WITHIN = Duration.ofSeconds(120);

  @Test
  void aBatchCompletesOnItsOwnAfterADatabaseRestartAndKilledConnections() throws Exception {
    try (ChaosLab lab = ChaosLab.open("c-database-outages", ANSWER_TIME)) {
      ChaosPostgres postgres = lab.postgres();
      postgres.createDatabase(DATABASE);
      ProductNode node = lab.startNode("c-node", "data", lab.postgresSettings(DATABASE));
      long pid = node.pid();
      ChaosBatch batch = ChaosBatch.of("outage", ARTICLES);
      batch.submit(node.api());

      int before = batch.awaitSucceeded(node.api(), ARTICLES / 4, HEAL_WITHIN).succeeded();
      long restartedAt = System.nanoTime();
      postgres.restart();
      batch.awaitSucceeded(node.api(), before + 1, HEAL_WITHIN);
      double afterRestart = ChaosLab.seconds(restartedAt);

      before = batch.awaitSucceeded(node.api(), ARTICLES * 3 / 5, HEAL_WITHIN).succeeded();
      long terminatedAt = System.nanoTime();
      int terminated = postgres.terminateBackends(DATABASE);
      batch.awaitSucceeded(node.api(), before + 1, HEAL_WITHIN);
      double afterTerminate = ChaosLab.seconds(terminatedAt);

      Progress done = batch.awaitCompleted(node.api(), HEAL_WITHIN);
      double tail = ChaosLab.seconds(terminatedAt);
      QueueAudit audit = lab.auditPostgres(DATABASE, batch);
      int paidTwice = lab.paidTwice(batch);
      lab.report(
          "%d articles on 1 node; PostgreSQL restarted: progress again after %.1f s; %d backends"
              + " terminated: progress again after %.1f s; completed %.1f s after the last fault"
              + " (%d succeeded, %d failed); %s; paid twice %s (allowed 0)",
          ARTICLES,
          afterRestart,
          terminated,
          afterTerminate,
          tail,
          done.succeeded(),
          done.failed(),
          audit,
          lab.paidTwiceDetail(batch));
      assertThat(node.isAlive()).as("the node was never restarted").isTrue();
      assertThat(node.pid()).isEqualTo(pid);
      audit.assertClean(batch.keywords());
      assertThat(paidTwice).as("answers paid twice").isZero();
    }
  }
}
