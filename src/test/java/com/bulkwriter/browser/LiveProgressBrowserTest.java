package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.ScriptedGenerator;
import com.bulkwriter.support.TestApplication;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The batch page follows a batch over WebSocket in a real Chromium: the progress bar and status
 * badges advance without a reload (polling is off while the connection is live), failed articles
 * make one toast, and the page breaks no rule of the Content-Security-Policy on the way.
 */
@Import(TestApplication.ScriptedProvider.class)
@TestPropertySource(
    properties = {
      "bulkwriter.queue.max-in-flight=1",
      "bulkwriter.queue.max-attempts=1",
      "bulkwriter.progress.failure-interval=1s"
    })
class LiveProgressBrowserTest extends BrowserTest {

  @Autowired ScriptedGenerator scripted;

  @Test
  void barsAndBadgesAdvanceWithoutReloadAndFailuresMakeOneToast() {
    scripted.delay(Duration.ofMillis(700));
    Page page = browser.newPage();
    List<String> cspViolations = cspViolations(page);
    SignIn.as(page, port, "/", Api.ADMIN, Api.ADMIN_PASSWORD);
    assertThat(page.getByTitle("Live updates")).containsText("Live");

    var submitted =
        new Api(port)
            .post(
                "/api/articles/bulk",
                "application/json",
                """
                {"name": "Live batch", "settings": {"provider": "scripted", "model": "script-1"},
                 "items": ["first", "second #permanent", "third #permanent", "fourth",
                           "fifth #permanent", "sixth"]}""");
    assertThat(submitted.status()).isEqualTo(202);
    String id = submitted.json().get("id").stringValue();
    page.navigate("http://localhost:" + port + "/batches/" + id);

    Locator bar = page.getByRole(AriaRole.PROGRESSBAR).first();
    assertThat(bar).isVisible();
    String before = bar.getAttribute("aria-valuenow");
    assertThat(bar)
        .hasAttribute(
            "aria-valuenow", "100", new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
    assertThat(before).isNotEqualTo("100");
    assertThat(page.locator("[data-status=COMPLETED]").first()).isVisible();
    assertThat(page.locator("[data-status=FAILED]")).hasCount(3);

    Locator failedToasts = page.locator(".toast--error");
    assertThat(failedToasts).hasCount(1);
    assertThat(failedToasts).containsText("failed");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("View failed")))
        .isVisible();
    assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
    assertThat(cspViolations).isEmpty();
  }
}
