package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.TestApplication;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server is restarted in the middle of a batch while a real Chromium watches it: the page says
 * it is reconnecting, finds the new node on the same address by itself, catches up what it missed
 * from the stored events and ends with the batch's final counts, all without a reload. The
 * signed-in session survives the restart (it is kept in the data directory), so the page neither
 * loses its live connection for good nor sends its user to the sign-in page.
 */
class ServerRestartBrowserTest extends ChromiumTest {

  private static final int ARTICLES = 80;
  private static final Duration RESTARTED = Duration.ofSeconds(90);

  /** Where both nodes keep the H2 database and the sessions. */
  @TempDir Path dataDir;

  @Test
  void aPageWatchingABatchReconnectsAfterARestartAndEndsWithTheFinalCountsWithoutReload() {
    int port = TestApplication.freePort();
    // the same address and data directory for both nodes, as a restarted server has
    Map<String, Object> server = TestApplication.restartable(port, dataDir);
    Map<String, Object> slow =
        Map.of("bulkwriter.offline.delay", "150ms", "bulkwriter.queue.max-in-flight", "2");
    Page page = browser.newPage();
    Locator indicator = page.getByTitle("Live updates");
    Locator bar = page.getByRole(AriaRole.PROGRESSBAR).first();
    String batch;

    try (ConfigurableApplicationContext first = TestApplication.start(server, slow)) {
      batch = submit(new Api(port));
      SignIn.as(page, port, "/batches/" + batch, Api.ADMIN, Api.ADMIN_PASSWORD);
      assertThat(indicator).containsText("Live");
      page.evaluate(RECORD_INDICATOR);
      int firstSeen = progress(bar);
      await().atMost(Duration.ofSeconds(30)).until(() -> progress(bar) >= firstSeen + 10);
    } // a graceful stop mid-batch

    int beforeRestart = progress(bar);
    assertThat(beforeRestart).isLessThan(100);
    assertThat(indicator).not().containsText("Live");

    try (ConfigurableApplicationContext second = TestApplication.start(server, slow)) {
      assertThat(bar)
          .hasAttribute(
              "aria-valuenow",
              "100",
              new LocatorAssertions.HasAttributeOptions().setTimeout(RESTARTED.toMillis()));
      assertThat(indicator).containsText("Live");
      assertThat(page.locator(".summary [data-status]")).hasAttribute("data-status", "COMPLETED");
      assertThat(page.locator(".counts__item--succeeded")).hasText(ARTICLES + " done");
      assertThat(page.locator(".counts__item--failed")).hasText("0 failed");
      assertThat(page.locator(".counts__total")).hasText("of " + ARTICLES);
      assertThat(page.locator("[data-status=QUEUED], [data-status=RUNNING]")).hasCount(0);

      // the recorder survives only if the page was never loaded again
      assertThat(page.evaluate("() => window.liveStates !== undefined")).isEqualTo(true);
      assertThat(page.url()).endsWith("/batches/" + batch);
      @SuppressWarnings("unchecked")
      List<String> states = (List<String>) page.evaluate("() => window.liveStates");
      assertThat(states).as("the indicator's states since the page was live").startsWith("Live");
      assertThat(states.get(1)).isEqualTo("Reconnecting…");
      assertThat(states.getLast()).isEqualTo("Live");

      // the session from before the restart still signs its requests in
      APIResponse me = page.request().get("http://localhost:" + port + "/api/auth/me");
      assertThat(me.status()).isEqualTo(200);
      assertThat(me.text()).contains("\"username\":\"admin\"");
      assertThat(page.getByText("Signed in as")).containsText(Api.ADMIN);
      assertThat(
              page.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in to Bulkwriter")))
          .hasCount(0);
    }
  }

  /**
   * Keeps every text the connection indicator shows, in order, in {@code window.liveStates}. A
   * reload would lose it.
   */
  private static final String RECORD_INDICATOR =
      """
      () => {
        const read = () => document.querySelector('[title="Live updates"]')?.textContent ?? '';
        window.liveStates = [read()];
        new MutationObserver(() => {
          const now = read();
          if (now && now !== window.liveStates.at(-1)) window.liveStates.push(now);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      }""";

  private static int progress(Locator bar) {
    return Integer.parseInt(bar.getAttribute("aria-valuenow"));
  }

  private static String submit(Api api) {
    String items =
        IntStream.rangeClosed(1, ARTICLES)
            .mapToObj(i -> "\"restart keyword " + i + "\"")
            .collect(Collectors.joining(", "));
    var submitted =
        api.post(
            "/api/articles/bulk",
            "application/json",
            "{\"name\": \"Restart batch\", \"items\": [" + items + "]}");
    assertThat(submitted.status()).isEqualTo(202);
    return submitted.json().get("id").stringValue();
  }
}
