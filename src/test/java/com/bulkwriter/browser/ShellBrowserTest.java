package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.bulkwriter.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The built web UI in a real Chromium against the real server: the shell loads, shows a batch
 * submitted through the API, follows it to completion, and survives a reload on a client route.
 */
@TestPropertySource(properties = {"bulkwriter.offline.delay=20ms"})
class ShellBrowserTest extends BrowserTest {

  @Test
  void theShellShowsABatchSubmittedThroughTheApiAndFollowsItToCompletion() {
    var api = new Api(port);
    var submitted =
        api.post(
            "/api/articles/bulk",
            "application/json",
            """
            {"name": "Browser batch", "settings": {"wordCount": 300},
             "items": ["coffee grinders", "espresso machines", "milk frothers"]}""");
    String id = submitted.json().get("id").stringValue();

    Page page = browser.newPage();
    SignIn.as(page, port, "/", Api.ADMIN, Api.ADMIN_PASSWORD);

    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Batches")))
        .isVisible();
    Locator row =
        page.getByTestId("batch-row")
            .filter(new Locator.FilterOptions().setHasText("Browser batch"));
    assertThat(row).isVisible();
    assertThat(row).containsText("Offline draft engine");
    assertThat(row.locator("[data-status=COMPLETED]"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    assertThat(row.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("aria-valuenow", "100");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/batches.png")));

    row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Browser batch")).click();
    page.waitForURL("**/batches/" + id);
    page.reload();
    Locator article =
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("espresso machines"));
    assertThat(article).isVisible();

    article.click();
    assertThat(page.getByText("Draft from the offline engine")).isVisible();
    assertThat(page.locator("body")).containsText("espresso");
  }
}
