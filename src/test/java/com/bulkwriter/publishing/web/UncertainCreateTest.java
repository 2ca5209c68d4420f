package com.bulkwriter.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.publishing.PublishingClient;
import com.bulkwriter.support.ApiTest;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.ForwardingProxy;
import com.bulkwriter.support.WordPress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The idempotency case over the network: WordPress creates the post, and the answer never reaches
 * the node. The next attempt looks the post up by its marker and updates it: one post, not two.
 */
@TestPropertySource(properties = PublishingSettings.FAST)
class UncertainCreateTest extends ApiTest {

  static WordPress wordpress;
  static ForwardingProxy proxy;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.register(registry);
  }

  @BeforeAll
  static void wordpress() {
    wordpress = WordPress.shared();
    proxy = ForwardingProxy.to(wordpress.url());
  }

  @AfterAll
  static void stopProxy() {
    if (proxy != null) {
      proxy.close();
    }
  }

  @Test
  void aCreateWhoseAnswerWasLostIsFoundByItsMarkerAndNotPostedTwice() {
    var client = new PublishingClient(admin);
    String batch = new ExportClient(admin).completedBatch("Lost answers", "aeropress recipe");
    String site = client.connect(proxy.url(), WordPress.ADMIN, wordpress.adminPassword());
    proxy.loseAnswers(1, ForwardingProxy.request("POST", "/wp-json/wp/v2/posts"));

    String job = client.publish("{\"siteId\": \"%s\", \"batchId\": \"%s\"}".formatted(site, batch));
    JsonNode done = client.awaitStatus(job, "COMPLETED");

    assertThat(proxy.lost()).isEqualTo(1);
    assertThat(done.get("published").intValue()).isEqualTo(1);
    JsonNode publication = client.publications(batch).get(0);
    String marker = "bulkwriter-article-" + publication.get("articleId").stringValue();
    JsonNode posts = wordpress.postsContaining(marker);
    assertThat(posts.size()).as("exactly one post for the article").isEqualTo(1);
    assertThat(publication.get("postId").longValue()).isEqualTo(posts.get(0).get("id").longValue());
  }
}
