package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.bulkwriter.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Templates in a real Chromium: a preset this browser kept is offered for import once and becomes a
 * server template; a shared template chosen in the bulk form fills the settings, and the batch's
 * offline drafts use its headings and phrases.
 */
@TestPropertySource(
    properties = {"bulkwriter.offline.delay=0", "bulkwriter.queue.completion-interval=100ms"})
class TemplatesBrowserTest extends BrowserTest {

  private static final String PRESETS =
      "[{\"name\": \"Old browser preset\", \"settings\": {\"tone\": \"humorous\", \"wordCount\": \"400\"}}]";

  @Test
  void aBrowserPresetIsImportedOnceAndAChosenTemplateShapesTheWrittenArticle() {
    Api admin = new Api(port);
    var created =
        admin.post(
            "/api/templates",
            "application/json",
            """
            {"name": "Team guide", "shared": true, "settings": {"tone": "friendly", "wordCount": 500,
             "outline": ["Why {keyword} matters", "{Keyword} in {year}"],
             "requiredPhrases": ["free shipping"]}}""");
    org.assertj.core.api.Assertions.assertThat(created.status()).isEqualTo(201);

    Page page = browser.newPageWithClipboard();
    // what an earlier version of the form left in this browser
    page.addInitScript(
        "window.localStorage.setItem('bulkwriter.bulk-form.presets', " + quoted(PRESETS) + ");");
    SignIn.as(page, port, "/batches/new", Api.ADMIN, Api.ADMIN_PASSWORD);

    assertThat(page.getByText("This browser keeps 1 settings preset (Old browser preset)"))
        .isVisible();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true))
        .click();
    assertThat(page.getByText("Imported 1 preset as templates.")).isVisible();
    page.reload();
    assertThat(page.getByRole(AriaRole.GRID)).isVisible();
    assertThat(page.getByText("settings preset")).hasCount(0);
    org.assertj.core.api.Assertions.assertThat(admin.get("/api/templates").body())
        .contains("Old browser preset")
        .contains("humorous");

    page.getByLabel("Template", new Page.GetByLabelOptions().setExact(true))
        .selectOption("Team guide");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply").setExact(true))
        .click();
    assertThat(page.getByLabel("Outline template"))
        .hasValue("Why {keyword} matters\n{Keyword} in {year}");
    assertThat(page.getByLabel("Tone")).hasValue("friendly");

    Locator firstKeyword =
        page.getByRole(AriaRole.GRID).locator("[aria-rowindex='2'] [aria-colindex='3']");
    firstKeyword.click();
    page.keyboard().type("pour over coffee");
    page.keyboard().press("Enter");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write 1 article")).click();
    page.waitForURL(url -> url.matches(".*/batches/[0-9a-f-]{36}$"));
    assertThat(page.locator(".summary [data-status=COMPLETED]"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("pour over coffee")).click();
    Locator body =
        page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Article body"));
    int year = ZonedDateTime.now(ZoneOffset.UTC).getYear();
    assertThat(
            body.getByRole(
                AriaRole.HEADING,
                new Locator.GetByRoleOptions().setName("Why pour over coffee matters")))
        .isVisible();
    assertThat(
            body.getByRole(
                AriaRole.HEADING,
                new Locator.GetByRoleOptions().setName("Pour over coffee in " + year)))
        .isVisible();
    assertThat(body).containsText("free shipping");
    assertThat(page.getByText("Required phrases missing")).hasCount(0);
  }

  private static String quoted(String json) {
    return "'" + json.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
