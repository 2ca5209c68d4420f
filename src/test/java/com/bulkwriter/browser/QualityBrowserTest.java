package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpRequest;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The batch page's quality card in Chromium: counts, the "fails check X" list, regenerate. */
@TestPropertySource(properties = {"bulkwriter.offline.delay=0"})
class QualityBrowserTest extends BrowserTest {

  @Test
  void aFailingCheckListsItsArticlesWithBadgesAndRegeneratesThem() {
    Api api = new Api(port);
    String batch = new ExportClient(port).completedBatch("Browser quality", "tea", "coffee");
    JsonNode items = api.get("/api/articles/queue/" + batch).json().get("items").get("content");
    String tea = items.get(0).get("id").stringValue();
    var saved =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/articles/" + tea))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"1\"")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"title\": \"Tea, a title far too long for any search result page to"
                            + " show whole\", \"slug\": \"tea\", \"markdown\": \"# Tea\\n\\nTea"
                            + " is good.\\n\"}")));
    Assertions.assertThat(saved.status()).as(saved.body()).isEqualTo(200);

    Page page = browser.newPage();
    SignIn.as(page, port, "/batches/" + batch, Api.ADMIN, Api.ADMIN_PASSWORD);
    Locator quality =
        page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Quality"));
    assertThat(quality).containsText("2 articles checked");
    quality
        .getByRole(
            AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName(Pattern.compile("^Title length \\d+$")))
        .click();
    Locator row =
        quality
            .getByTestId("failing-article")
            .filter(new Locator.FilterOptions().setHasText("Tea, a title far too long"));
    assertThat(row.locator("[data-check='TITLE_LENGTH']")).isVisible();
    assertThat(row.locator("[data-check='TITLE_LENGTH']"))
        .hasAttribute("title", Pattern.compile("characters; at most 60"));

    quality
        .getByRole(
            AriaRole.BUTTON,
            new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Regenerate the \\d+ articles? that fails?$")))
        .click();
    quality
        .getByRole(
            AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Regenerate").setExact(true))
        .click();
    assertThat(quality.getByRole(AriaRole.STATUS)).containsText("Regenerating");
  }
}
