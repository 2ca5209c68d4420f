package com.bulkwriter.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.publishing.PublishingClient;
import com.bulkwriter.support.ApiTest;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.WordPress;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** "Only approved" publishes the approved articles of a batch and nothing else. */
@TestPropertySource(properties = PublishingSettings.FAST)
class PublishApprovedOnlyTest extends ApiTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.register(registry);
  }

  @Test
  void onlyApprovedArticlesArePublished() {
    WordPress wordpress = WordPress.shared();
    var client = new PublishingClient(admin);
    String batch =
        new ExportClient(admin).completedBatch("Approved", "approved one", "rejected one");
    var articles = admin.get("/api/articles/queue/" + batch).json().get("items").get("content");
    for (var article : articles) {
      boolean approve = article.get("keyword").stringValue().equals("approved one");
      var reviewed =
          admin.post(
              "/api/articles/" + article.get("id").stringValue() + "/review",
              "application/json",
              approve
                  ? "{\"state\": \"APPROVED\"}"
                  : "{\"state\": \"REJECTED\", \"note\": \"too thin\"}");
      assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
    }
    String site = client.connect(wordpress.url(), WordPress.ADMIN, wordpress.adminPassword());
    String job =
        client.publish(
            "{\"siteId\": \"%s\", \"batchId\": \"%s\", \"approvedOnly\": true}"
                .formatted(site, batch));
    assertThat(client.awaitStatus(job, "COMPLETED").get("published").intValue()).isEqualTo(1);
  }
}
