package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.bulkwriter.publishing.PublishingClient;
import com.bulkwriter.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Sites page in a real Chromium: a connected site is edited (its name, its own pace and what
 * the Publish dialog starts with) and keeps its stored password when none is typed.
 */
class SitesBrowserTest extends BrowserTest {

  @Test
  void aSiteIsEditedWithoutTypingItsPasswordAgain() {
    Api admin = new Api(port);
    String id =
        new PublishingClient(admin)
            .connect("http://127.0.0.1:9", "editor", "ABCD efgh IJKL mnop QRST uvwx");

    Page page = browser.newPage();
    SignIn.as(page, port, "/sites", Api.ADMIN, Api.ADMIN_PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit Test site")).click();
    Locator form =
        page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Edit Test site"));
    assertThat(form.getByLabel("Site address")).hasValue("http://127.0.0.1:9");
    assertThat(form.getByLabel("New application password", new Locator.GetByLabelOptions()))
        .hasValue("");
    form.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("Renamed site");
    form.getByLabel("Request pace (ms)", new Locator.GetByLabelOptions()).fill("900");
    form.getByLabel("Posts", new Locator.GetByLabelOptions()).selectOption("publish");
    form.getByLabel("Categories", new Locator.GetByLabelOptions()).fill("Guides, News");
    form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save changes")).click();

    assertThat(page.getByRole(AriaRole.CELL).getByText("Renamed site")).isVisible();
    JsonNode site = admin.get("/api/sites/" + id).json();
    org.assertj.core.api.Assertions.assertThat(site.get("requestPaceMs").intValue()).isEqualTo(900);
    org.assertj.core.api.Assertions.assertThat(site.get("defaults").toString())
        .contains("\"status\":\"publish\"", "\"Guides\"", "\"News\"");
  }
}
