package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.support.Api;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A user ticks some finished articles of a batch, exports just those, is told by a toast when the
 * ZIP is ready and downloads it from the toast; the export is in the Downloads history too.
 */
@TestPropertySource(properties = {"bulkwriter.offline.delay=0"})
class ExportBrowserTest extends BrowserTest {

  @Test
  void chosenArticlesAreExportedAndTheReadyToastDownloadsTheZip() throws Exception {
    String batch =
        new ExportClient(port).completedBatch("Browser export", "tea", "coffee", "cocoa");

    Page page = browser.newPage();
    SignIn.as(page, port, "/batches/" + batch, Api.ADMIN, Api.ADMIN_PASSWORD);
    assertThat(page.getByTitle("Live updates")).containsText("Live");
    page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Select tea")).check();
    page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Select cocoa")).check();
    assertThat(page.getByText("2 articles selected")).isVisible();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export selected")).click();
    Locator dialog = page.getByRole(AriaRole.DIALOG);
    assertThat(
            dialog.getByRole(
                AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Selected articles (2)")))
        .isChecked();
    assertThat(dialog).containsText("2 articles × 4 formats");
    dialog
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start export"))
        .click();
    // a small export may be ready before this looks: the dialog then says so
    assertThat(dialog.getByRole(AriaRole.STATUS))
        .containsText(java.util.regex.Pattern.compile("Export (started|ready): 2 articles"));
    dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();

    Locator toast =
        page.locator(".toast").filter(new Locator.FilterOptions().setHasText("Export ready"));
    assertThat(toast).containsText("Browser export-");
    assertThat(toast).containsText("2 articles");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/export-ready-toast.png")));
    Download download =
        page.waitForDownload(
            () ->
                toast
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Download"))
                    .click());
    Assertions.assertThat(download.suggestedFilename())
        .startsWith("Browser export-")
        .endsWith(".zip");
    Path zip = Files.createTempFile("export-", ".zip");
    download.saveAs(zip);
    Assertions.assertThat(ExportClient.unzip(Files.readAllBytes(zip)).keySet())
        .contains(
            "Browser export/docx/tea.docx",
            "Browser export/html/cocoa.html",
            "manifest.csv",
            "manifest.json")
        .noneMatch(name -> name.contains("coffee"));

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Downloads")).click();
    Locator row = page.getByTestId("export-row").first();
    assertThat(row).containsText("Browser export (chosen articles)");
    assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Download")))
        .isVisible();
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/downloads.png")));
  }
}
