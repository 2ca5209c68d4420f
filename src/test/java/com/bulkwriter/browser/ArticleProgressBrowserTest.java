package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A running article's words written so far, in a real Chromium: the offline engine reports its
 * draft in quarters across its delay, and the batch page shows a small bar per running article
 * ("200 / 800 words") that goes when the article is written, without breaking the CSP.
 */
@TestPropertySource(
    properties = {
      "bulkwriter.offline.delay=4s",
      "bulkwriter.queue.max-in-flight=2",
      "bulkwriter.progress.progress-interval=100ms"
    })
class ArticleProgressBrowserTest extends BrowserTest {

  @Test
  void eachRunningArticleShowsItsWordsWrittenUntilItIsDone() {
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
                {"name": "Words batch", "settings": {"provider": "offline", "wordCount": 800},
                 "items": ["indoor herbs", "balcony tomatoes"]}""");
    assertThat(submitted.status()).isEqualTo(202);
    page.navigate("http://localhost:" + port + "/batches/" + submitted.json().get("id").asString());

    Locator bars =
        page.getByRole(AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName("Words written"));
    assertThat(bars.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
    assertThat(page.getByText(Pattern.compile("^[\\d,]+ / 800 words$")).first()).isVisible();
    assertThat(bars.first().getAttribute("aria-valuemax")).isEqualTo("800");

    assertThat(page.locator("[data-status=SUCCEEDED]"))
        .hasCount(2, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
    assertThat(bars).hasCount(0);
    assertThat(cspViolations).isEmpty();
  }
}
