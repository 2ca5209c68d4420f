package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.bulkwriter.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The bulk form end to end in a real Chromium: 60 keywords go through the real system clipboard
 * into the grid (Ctrl+V), the batch is submitted, the batch page follows all 60 to completion with
 * the offline engine, and one article opens rendered. Two articles at a time, 100 ms each, so the
 * batch is still running when the screenshot of its page is taken.
 */
@TestPropertySource(
    properties = {
      "bulkwriter.offline.delay=100ms",
      "bulkwriter.queue.max-in-flight=2",
      "bulkwriter.queue.completion-interval=100ms"
    })
class BulkFormBrowserTest extends BrowserTest {

  private static final int KEYWORDS = 60;

  @Test
  void sixtyKeywordsPastedFromTheClipboardBecomeABatchWhoseArticlesAllFinish() {
    Page page = browser.newPageWithClipboard();
    SignIn.as(page, port, "/batches/new", Api.ADMIN, Api.ADMIN_PASSWORD);
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("New batch")))
        .isVisible();

    // what Excel puts on the clipboard: one keyword per row, CRLF line ends, a final line break
    String keywords =
        IntStream.rangeClosed(1, KEYWORDS)
            .mapToObj(i -> "pasted keyword %02d\r\n".formatted(i))
            .collect(Collectors.joining());
    page.evaluate("text => navigator.clipboard.writeText(text)", keywords);
    Locator grid = page.getByRole(AriaRole.GRID);
    Locator firstKeyword = grid.locator("[aria-rowindex='2'] [aria-colindex='3']");
    firstKeyword.click();
    page.keyboard().press("Control+V");

    assertThat(page.getByTestId("grid-counts")).containsText(KEYWORDS + " rows");
    assertThat(page.getByTestId("grid-counts")).containsText(KEYWORDS + " valid");
    assertThat(firstKeyword).hasText("pasted keyword 01");

    page.getByLabel("Batch name").fill("Pasted from a spreadsheet");
    page.getByLabel("Target words").fill("300");
    page.getByLabel("Tone").selectOption("friendly");
    assertThat(page.getByTestId("submit-summary"))
        .containsText(KEYWORDS + " articles will be written by Offline draft engine");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Paths.get("target/screenshots/bulk-form.png"))
            .setFullPage(true));

    page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write " + KEYWORDS + " articles"))
        .click();
    page.waitForURL(url -> url.matches(".*/batches/[0-9a-f-]{36}$"));
    assertThat(
            page.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Pasted from a spreadsheet").setLevel(1)))
        .isVisible();
    assertThat(page.locator("[data-status=RUNNING]").first()).isVisible();
    // a moment later, so the screenshot shows progress (the page polls every 2 s)
    assertThat(page.locator(".articles-grid [data-status=SUCCEEDED]").first())
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/batch-running.png")));

    assertThat(page.locator(".summary [data-status=COMPLETED]"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    assertThat(page.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("aria-valuenow", "100");
    assertThat(page.locator(".counts")).containsText(KEYWORDS + " done");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("pasted keyword 07")).click();
    assertThat(page.getByText("Draft from the offline engine")).isVisible();
    Locator body =
        page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Article body"));
    // its sections, one level below the card's "Body" heading (the title is the page's h1)
    assertThat(body.locator("h3").first()).isVisible();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy Markdown")).click();
    assertThat(page.getByText("Copied to the clipboard.")).isVisible();
    Object copied = page.evaluate("() => navigator.clipboard.readText()");
    org.assertj.core.api.Assertions.assertThat((String) copied).startsWith("# ");
  }

  @Test
  void tenThousandPastedRowsAreCountedAtOnceAndTheGridScrollsToTheLast() {
    Page page = browser.newPageWithClipboard();
    SignIn.as(page, port, "/batches/new", Api.ADMIN, Api.ADMIN_PASSWORD);
    String keywords =
        IntStream.rangeClosed(1, 10_000)
            .mapToObj(i -> "keyword number " + i + "\tTitle " + i + "\t" + (300 + i % 500))
            .collect(Collectors.joining("\r\n"));
    page.evaluate("text => navigator.clipboard.writeText(text)", keywords);
    Locator grid = page.getByRole(AriaRole.GRID);
    grid.locator("[aria-rowindex='2'] [aria-colindex='3']").click();

    long start = System.nanoTime();
    page.keyboard().press("Control+V");
    assertThat(page.getByTestId("grid-counts"))
        .containsText("10,000 rows", new LocatorAssertions.ContainsTextOptions().setTimeout(5_000));
    long pasteMs = (System.nanoTime() - start) / 1_000_000;

    // only the rows in view are in the page, and the last one is a keystroke away
    org.assertj.core.api.Assertions.assertThat(grid.locator("[role=row]").count()).isLessThan(100);
    start = System.nanoTime();
    page.keyboard().press("Control+End");
    assertThat(grid.getByText("keyword number 10000")).isVisible();
    long scrollMs = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "10,000 rows: paste and count %d ms, jump to the last row %d ms%n", pasteMs, scrollMs);
  }

  @Test
  void theGridTypesLikeASpreadsheetAndIsOneTabStop() {
    Page page = browser.newPageWithClipboard();
    SignIn.as(page, port, "/batches/new", Api.ADMIN, Api.ADMIN_PASSWORD);
    Locator grid = page.getByRole(AriaRole.GRID);
    Locator keyword1 = grid.locator("[aria-rowindex='2'] [aria-colindex='3']");
    Locator keyword2 = grid.locator("[aria-rowindex='3'] [aria-colindex='3']");
    keyword1.click();

    // Enter commits and moves down, so the second word lands in the second row
    page.keyboard().type("alpha");
    page.keyboard().press("Enter");
    page.keyboard().type("beta");
    page.keyboard().press("Enter");
    assertThat(keyword1).hasText("alpha");
    assertThat(keyword2).hasText("beta");
    page.keyboard().press("Control+Z");
    assertThat(keyword2).hasText("");
    page.keyboard().press("Control+Shift+Z");
    assertThat(keyword2).hasText("beta");

    // Shift+arrows select a range, Ctrl+C copies it as TSV, Ctrl+D fills down, Delete clears
    keyword1.click();
    page.keyboard().press("Shift+ArrowDown");
    page.keyboard().press("Control+C");
    org.assertj.core.api.Assertions.assertThat(
            (String) page.evaluate("() => navigator.clipboard.readText()"))
        .isEqualTo("alpha\nbeta");
    page.keyboard().press("Control+D");
    assertThat(keyword2).containsText("alpha");
    page.keyboard().press("Delete");
    assertThat(page.getByTestId("grid-counts")).containsText("0 rows");
    page.keyboard().press("Control+Z");
    assertThat(page.getByTestId("grid-counts")).containsText("2 rows");

    // a block pasted over a selected range repeats across it
    page.evaluate("text => navigator.clipboard.writeText(text)", "casual");
    grid.locator("[aria-rowindex='2'] [aria-colindex='6']").click();
    page.keyboard().press("Shift+ArrowDown");
    page.keyboard().press("Control+V");
    assertThat(grid.locator("[aria-rowindex='3'] [aria-colindex='6']")).hasText("casual");

    // the grid is one Tab stop: Tab moves right and the last column leaves the grid
    keyword1.click();
    for (int i = 0; i < 5; i++) {
      page.keyboard().press("Tab");
    }
    assertThat(grid.locator("[aria-rowindex='2'] [aria-colindex='8']")).isFocused();
    page.keyboard().press("Tab");
    org.assertj.core.api.Assertions.assertThat(
            (Boolean) page.evaluate("() => !!document.activeElement.closest('[role=grid]')"))
        .isFalse();
    page.keyboard().press("Shift+Tab");
    assertThat(grid.locator("[aria-rowindex='2'] [aria-colindex='8']")).isFocused();
  }
}
