package com.bulkwriter.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.linking.LinkingClient;
import com.bulkwriter.publishing.PublishingClient;
import com.bulkwriter.support.ApiTest;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.WordPress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Internal links on a real WordPress: a post's links point at the other posts' permalinks, and a
 * post published before its target is updated once the target's post exists.
 */
@TestPropertySource(properties = PublishingSettings.FAST)
class InternalLinksWordPressTest extends ApiTest {

  static WordPress wordpress;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.register(registry);
  }

  @BeforeAll
  static void wordpress() {
    wordpress = WordPress.shared();
  }

  @Test
  void linksPointAtPermalinksAndAnEarlierPostIsUpdatedOnceItsTargetExists() {
    PublishingClient publishing = new PublishingClient(admin);
    LinkingClient linking = new LinkingClient(admin);
    String batch =
        new ExportClient(admin).completedBatch("Linked posts", "hiking boots", "wool hiking socks");
    Map<String, String> ids = linking.articleIds(batch);
    String boots = ids.get("hiking boots");
    String socks = ids.get("wool hiking socks");
    linking.write(boots, "Hiking boots", "Wear wool hiking socks in your boots.");
    linking.write(socks, "Wool hiking socks", "Socks that make hiking boots fit.");
    assertThat(linking.link(batch).get("links").intValue()).isEqualTo(2);

    String site = publishing.connect(wordpress.url(), WordPress.ADMIN, wordpress.adminPassword());
    publishing.awaitStatus(
        publishing.publish(
            "{\"siteId\": \"%s\", \"batchId\": \"%s\", \"status\": \"draft\"}"
                .formatted(site, batch)),
        "COMPLETED");

    Map<String, JsonNode> posts = new HashMap<>();
    for (JsonNode publication : publishing.publications(batch)) {
      posts.put(publication.get("articleId").stringValue(), publication);
    }
    // boots was published first, when socks had no post yet: updated once it had one
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(content(posts.get(boots)))
                    .contains("href=\"" + posts.get(socks).get("link").stringValue() + "\"")
                    .contains(">wool hiking socks</a>"));
    assertThat(content(posts.get(socks)))
        .contains("href=\"" + posts.get(boots).get("link").stringValue() + "\"")
        .doesNotContain("bulkwriter:article/");
  }

  private static String content(JsonNode publication) {
    return wordpress
        .get("wp/v2/posts/" + publication.get("postId").longValue() + "?context=edit")
        .get("content")
        .get("raw")
        .stringValue();
  }
}
