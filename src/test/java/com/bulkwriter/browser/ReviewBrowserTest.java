package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Reviewing articles and acting on a selection, in Chromium, as a reviewer would. */
@TestPropertySource(properties = {"bulkwriter.offline.delay=0"})
class ReviewBrowserTest extends BrowserTest {

  @Test
  void anArticleIsApprovedAndAnotherRejectedWithANoteOnTheArticlePage() {
    String batch = new ExportClient(port).completedBatch("Browser review", "tea", "coffee");
    Page page = browser.newPage();
    SignIn.as(page, port, "/batches/" + batch, Api.ADMIN, Api.ADMIN_PASSWORD);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("tea").setExact(true))
        .click();
    Locator review = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Review"));
    assertThat(review).containsText("Unreviewed");
    review.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();
    assertThat(review.locator("[data-review='APPROVED']")).isVisible();
    assertThat(review).containsText("by admin");

    page.goBack();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("coffee").setExact(true))
        .click();
    review.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject…")).click();
    review.getByRole(AriaRole.TEXTBOX).fill("Needs a brewing temperature");
    review
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject").setExact(true))
        .click();
    assertThat(review.getByLabel("Reviewer's note")).hasText("Needs a brewing temperature");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Back to the batch"))
        .click();
    Locator rows = page.getByTestId("article-row");
    assertThat(rows.filter(new Locator.FilterOptions().setHasText("tea"))).containsText("Approved");
    assertThat(rows.filter(new Locator.FilterOptions().setHasText("coffee")))
        .containsText("Rejected");
    page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Review"))
        .selectOption("REJECTED");
    assertThat(rows).hasCount(1);
    assertThat(rows.first()).containsText("coffee");
  }

  @Test
  void aSelectionIsRegeneratedWithALongerLengthFromTheActionBar() {
    Api api = new Api(port);
    String batch =
        new ExportClient(port).completedBatch("Browser bulk", "green tea", "black tea", "oolong");
    Page page = browser.newPage();
    SignIn.as(page, port, "/batches/" + batch, Api.ADMIN, Api.ADMIN_PASSWORD);

    page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Select green tea"))
        .check();
    page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Select oolong")).check();
    Locator bar =
        page.getByRole(AriaRole.TOOLBAR, new Page.GetByRoleOptions().setName("Selected articles"));
    assertThat(bar).containsText("2 articles selected");
    bar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Regenerate…")).click();
    bar.getByLabel("Words (empty: keep)").fill("600");
    bar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Regenerate 2 articles"))
        .click();
    assertThat(
            page.locator(".toast")
                .filter(new Locator.FilterOptions().setHasText("Queued again 2 articles.")))
        .isVisible();

    JsonNode done =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> api.get("/api/articles/queue/" + batch).json(),
                b -> b.get("status").stringValue().equals("COMPLETED"));
    JsonNode items = done.get("items").get("content");
    Assertions.assertThat(items.get(0).get("wordCount").intValue()).isBetween(540, 660);
    Assertions.assertThat(items.get(1).get("wordCount").intValue()).isBetween(270, 330);
    Assertions.assertThat(items.get(2).get("wordCount").intValue()).isBetween(540, 660);
  }
}
