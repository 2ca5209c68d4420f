package com.bulkwriter.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.chaos.ChaosBatch.Progress;
import com.bulkwriter.support.ForwardingProxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Economy mode's "no double submission" with real kills: the provider has taken the upload (or
 * created the provider batch), and the node is killed (SIGKILL) before it stores the file's (or the
 * batch's) id. A proxy in front of the simulated provider holds that answer until the node is dead.
 * After a restart on the same data, the node finds the file and the batch again instead of sending
 * them twice: one upload and one provider batch for the intent, every article written once.
 */
class EconomyKillChaosIT {

  private static final Duration WITHIN = Duration.ofMinutes(2);
  private static final int ARTICLES = 20;
  private static final Map<String, String> ECONOMY =
      Map.of(
          "bulkwriter.economy.tick", "100ms",
          "bulkwriter.economy.poll-interval", "200ms",
          "bulkwriter.economy.lease-duration", "3s",
          "bulkwriter.economy.backoff-max", "300ms");

  @Test
  void aNodeKilledBetweenTheUploadAndStoringTheFilesIdUploadsOnceAndCreatesOneProviderBatch()
      throws Exception {
    killWhileHolding("economy-kill-upload", "/files");
  }

  @Test
  void aNodeKilledBetweenTheCreateAndStoringTheBatchsIdCreatesOneProviderBatch() throws Exception {
    killWhileHolding("economy-kill-create", "/batches");
  }

  private static void killWhileHolding(String scenario, String pathEnd) throws Exception {
    try (ChaosLab lab = ChaosLab.open(scenario, Duration.ofMillis(10));
        ForwardingProxy proxy = ForwardingProxy.to(lab.llm().baseUrl().replace("/v1", ""))) {
      Map<String, String> settings = new HashMap<>(ECONOMY);
      settings.put("bulkwriter.openai.base-url", proxy.url() + "/v1");
      ProductNode node = lab.startNode(scenario + "-1", "data", settings);
      ChaosBatch batch = ChaosBatch.of(scenario, ARTICLES);
      proxy.holdAnswer(ForwardingProxy.request("POST", pathEnd));
      batch.submit(node.api(), "economy");
      assertThat(proxy.awaitHeld(WITHIN)).as("the provider carried out POST " + pathEnd).isTrue();
      lab.kill(node);
      proxy.release();

      ProductNode restarted = lab.startNode(scenario + "-2", "data", settings);
      Progress done = batch.awaitCompleted(restarted.api(), WITHIN);
      restarted.stop(Duration.ofSeconds(60));
      QueueAudit audit = lab.auditH2("data", batch);
      lab.report(
          "%d articles in economy mode, SIGKILL while the answer to POST %s was held: %d"
              + " uploads, %d provider batches (per intent: %s), %d succeeded; %s",
          ARTICLES,
          pathEnd,
          lab.llm().uploads(),
          lab.llm().batchesCreated(),
          lab.llm().batchesPerIntent(),
          done.succeeded(),
          audit);
      assertThat(lab.llm().uploads()).as("files uploaded").isEqualTo(1);
      assertThat(lab.llm().batchesCreated()).as("provider batches created").isEqualTo(1);
      assertThat(lab.llm().batchesPerIntent().values()).containsOnly(1);
      audit.assertClean(batch.keywords());
    }
  }
}
