package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A user finds a batch by one of its keywords, deletes it after the confirmation and no longer
 * finds it; and starts a new batch as a copy of another one, which is written only when submitted.
 */
@TestPropertySource(properties = {"bulkwriter.offline.delay=0"})
class BatchManagementBrowserTest extends BrowserTest {

  @Test
  void aBatchFoundByItsKeywordIsDeletedAfterTheConfirmation() {
    ExportClient client = new ExportClient(port);
    String doomed = client.completedBatch("Doomed batch", "zanzibar spices", "pepper");
    client.completedBatch("Kept batch", "salt");

    Page page = browser.newPage();
    SignIn.as(page, port, "/batches", Api.ADMIN, Api.ADMIN_PASSWORD);
    page.getByRole(AriaRole.SEARCHBOX).fill("zanzibar");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
    assertThat(page.getByTestId("batch-row")).hasCount(1);
    assertThat(page).hasURL(Pattern.compile("/batches\\?q=zanzibar$"));
    page.reload();
    assertThat(page.getByTestId("batch-row")).hasCount(1);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Doomed batch")).click();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete batch")).click();
    Locator dialog = page.getByRole(AriaRole.DIALOG);
    assertThat(dialog).containsText("2 articles are deleted for good");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/delete-batch.png")));
    dialog
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete batch"))
        .click();

    assertThat(page).hasURL(Pattern.compile("/batches$"));
    Locator rows = page.getByTestId("batch-row");
    assertThat(rows.filter(new Locator.FilterOptions().setHasText("Kept batch"))).hasCount(1);
    assertThat(rows.filter(new Locator.FilterOptions().setHasText("Doomed batch"))).hasCount(0);
    Assertions.assertThat(new Api(port).get("/api/articles/queue/" + doomed).status())
        .isEqualTo(404);
  }

  @Test
  void aCopyOfABatchIsWrittenOnlyWhenSubmitted() {
    String original = new ExportClient(port).completedBatch("Tea varieties", "oolong", "matcha");

    Page page = browser.newPage();
    SignIn.as(page, port, "/batches/" + original, Api.ADMIN, Api.ADMIN_PASSWORD);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Duplicate as new batch"))
        .click();

    assertThat(page.getByText("A copy of “Tea varieties”")).isVisible();
    assertThat(page.getByLabel("Batch name")).hasValue("Tea varieties (copy)");
    assertThat(page.getByLabel("Target words")).hasValue("300");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/duplicate-batch.png")));
    String copies = "/api/articles/queue?searchIn=name&q=Tea%20varieties%20(copy)";
    Assertions.assertThat(new Api(port).get(copies).json().get("totalElements").intValue())
        .isZero();

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write 2 articles"))
        .click();
    assertThat(
            page.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Tea varieties (copy)").setLevel(1)))
        .isVisible();
  }
}
