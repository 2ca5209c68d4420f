package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.support.Api;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A user exports a finished batch from its page and downloads the ZIP from Downloads. */
@TestPropertySource(properties = {"bulkwriter.offline.delay=0"})
class ExportBrowserTest extends BrowserTest {

  @Test
  void aBatchIsExportedFromItsPageAndTheZipDownloaded() throws Exception {
    String batch = new ExportClient(port).completedBatch("Browser export", "tea", "coffee");

    Page page = browser.newPage();
    SignIn.as(page, port, "/batches/" + batch, Api.ADMIN, Api.ADMIN_PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export")).click();
    Locator dialog = page.getByRole(AriaRole.DIALOG);
    assertThat(dialog).containsText("2 articles × 4 formats");
    dialog
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start export"))
        .click();
    assertThat(dialog.getByRole(AriaRole.STATUS)).containsText("Export started");
    dialog.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Downloads")).click();

    page.waitForURL("**/downloads");
    Locator row = page.getByTestId("export-row").first();
    assertThat(row).containsText("Browser export");
    Locator link = row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Download"));
    assertThat(link).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/downloads.png")));

    Download download = page.waitForDownload(link::click);
    Assertions.assertThat(download.suggestedFilename())
        .startsWith("Browser export-")
        .endsWith(".zip");
    Path zip = Files.createTempFile("export-", ".zip");
    download.saveAs(zip);
    Assertions.assertThat(ExportClient.unzip(Files.readAllBytes(zip)).keySet())
        .contains(
            "Browser export/docx/tea.docx",
            "Browser export/html/coffee.html",
            "manifest.csv",
            "manifest.json");
  }
}
