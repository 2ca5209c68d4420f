package com.bulkwriter.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.publishing.PublishingClient;
import com.bulkwriter.support.ForwardingProxy;
import com.bulkwriter.support.WordPress;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The idempotency case of publishing with a real kill: WordPress has created the post, and the node
 * is killed (SIGKILL) before the post's id is stored. A proxy in front of WordPress holds the
 * answer to the create until the node is dead. After a restart the node looks the post up by its
 * marker and stores it: one post, not two.
 */
class PublishKillChaosIT {

  @Test
  void aNodeKilledBetweenWordPressCreatingThePostAndStoringItsIdLeavesExactlyOnePost()
      throws Exception {
    WordPress wordpress = WordPress.shared();
    Map<String, String> settings =
        Map.of(
            "bulkwriter.secrets.key", "dGVzdHMtb25seS1rZXktMzItYnl0ZXMtbG9uZy1vay0=",
            "bulkwriter.publishing.request-pace", "10ms",
            "bulkwriter.publishing.poll-interval", "100ms",
            "bulkwriter.publishing.request-timeout", "20s",
            "bulkwriter.publishing.lease-duration", "30s",
            "bulkwriter.publishing.heartbeat-interval", "1s");
    try (ChaosLab lab = ChaosLab.open("publish-kill", Duration.ofMillis(10));
        ForwardingProxy proxy = ForwardingProxy.to(wordpress.url())) {
      ProductNode node = lab.startNode("publisher", "data", settings);
      ChaosBatch batch = ChaosBatch.of("publish kill", 1);
      batch.submit(node.api());
      batch.awaitCompleted(node.api(), Duration.ofSeconds(60));

      var client = new PublishingClient(node.api());
      String site = client.connect(proxy.url(), WordPress.ADMIN, wordpress.adminPassword());
      proxy.holdAnswer(ForwardingProxy.request("POST", "/wp-json/wp/v2/posts"));
      String job =
          client.publish("{\"siteId\": \"%s\", \"batchId\": \"%s\"}".formatted(site, batch.id()));
      assertThat(proxy.awaitHeld(Duration.ofSeconds(60))).as("WordPress created the post").isTrue();
      node.kill();
      proxy.release();

      ProductNode restarted = lab.startNode("publisher-again", "data", settings);
      var after = new PublishingClient(restarted.api());
      JsonNode done = after.awaitStatus(job, "COMPLETED");
      assertThat(done.get("published").intValue()).isEqualTo(1);
      JsonNode publication = after.publications(batch.id().toString()).get(0);
      String marker = "bulkwriter-article-" + publication.get("articleId").stringValue();
      JsonNode posts = wordpress.postsContaining(marker);
      assertThat(posts.size()).as("exactly one post for the article").isEqualTo(1);
      assertThat(publication.get("postId").longValue())
          .isEqualTo(posts.get(0).get("id").longValue());
    }
  }
}
