package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.bulkwriter.export.ExportClient;
import com.bulkwriter.support.Api;
import com.bulkwriter.support.ScriptedGenerator;
import com.bulkwriter.support.TestApplication;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Every page of the UI, in the states a user meets, checked by axe-core (from npm's {@code
 * axe-core}, injected into the real Chromium): no serious or critical violation. The header on a
 * phone folds into a menu and the page is never wider than the phone. Alerts (a paused batch,
 * failed articles) and toasts are checked while they show.
 */
@TestPropertySource(properties = {"bulkwriter.offline.delay=20ms"})
@Import(TestApplication.ScriptedProvider.class)
class AccessibilityBrowserTest extends BrowserTest {

  @Autowired ScriptedGenerator scripted;

  private static final Path AXE = Path.of("web/node_modules/axe-core/axe.min.js");

  private String axe;
  private final List<String> violations = new ArrayList<>();

  @BeforeAll
  void axe() throws Exception {
    assumeTrue(Files.exists(AXE), "npm ci has not run in web/");
    axe = Files.readString(AXE);
  }

  @Test
  void everyPageInEveryStateHasNoSeriousOrCriticalViolation() {
    String batch = new ExportClient(port).completedBatch("Accessible batch", "tea", "coffee");
    Page page = browser.newPage();
    page.navigate("http://localhost:" + port + "/sign-in");
    check(page, "sign-in");
    SignIn.as(page, port, "/", Api.ADMIN, Api.ADMIN_PASSWORD);
    assertThat(page.getByTestId("batch-row").first()).isVisible();
    check(page, "batches");
    page.navigate("http://localhost:" + port + "/batches?q=tea&status=COMPLETED&sort=name");
    assertThat(page.getByTestId("batch-row").first()).isVisible();
    check(page, "batches searched, filtered and sorted");

    page.navigate("http://localhost:" + port + "/batches/new");
    Locator grid = page.getByRole(AriaRole.GRID);
    grid.locator("[aria-rowindex='2'] [aria-colindex='3']").click();
    page.keyboard().type("espresso");
    page.keyboard().press("Tab");
    page.keyboard().type("a title");
    page.keyboard().press("Tab");
    page.keyboard().type("5"); // out of range: the cell is marked invalid
    page.keyboard().press("Enter");
    page.keyboard().press("Shift+ArrowUp");
    assertThat(page.getByText("invalid cell").first()).isVisible();
    check(page, "new batch with an invalid cell and a range");

    page.navigate("http://localhost:" + port + "/batches/" + batch);
    Locator tea =
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Select tea"));
    tea.check();
    check(page, "batch with a selection");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export selected")).click();
    assertThat(page.getByRole(AriaRole.DIALOG)).isVisible();
    check(page, "export dialog");
    page.getByRole(AriaRole.DIALOG)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"))
        .click();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete batch")).click();
    assertThat(page.getByRole(AriaRole.DIALOG)).isVisible();
    check(page, "delete dialog");
    page.getByRole(AriaRole.DIALOG)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"))
        .click();

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("tea")).click();
    assertThat(page.getByText("Draft from the offline engine")).isVisible();
    check(page, "article");

    new ExportClient(port)
        .api()
        .post(
            "/api/webhooks",
            "application/json",
            "{\"url\": \"https://203.0.113.10/hook\", \"eventTypes\": [\"batch.completed\"]}");
    for (String path : List.of("/downloads", "/tokens", "/users", "/webhooks", "/templates")) {
      page.navigate("http://localhost:" + port + path);
      page.waitForSelector("h1");
      page.waitForLoadState();
      check(page, path);
    }
    page.navigate("http://localhost:" + port + "/batches/" + UUID.randomUUID());
    assertThat(page.getByText("Batch not found")).isVisible();
    assertThat(page.getByTitle("Live updates")).containsText("Live");
    check(page, "a batch that does not exist");

    // alerts and toasts: a batch paused for a provider error and one whose articles failed, each
    // watched while it happens, so that its toast is on the page beside the alert
    Api api = new ExportClient(port).api();
    scripted.rejectKey(true);
    String paused = submitScripted(api, "Paused batch", "rejected key #fatal");
    page.navigate("http://localhost:" + port + "/batches/" + paused);
    assertThat(page.getByText("This batch is paused.")).isVisible();
    check(page, "a paused batch with its reason");
    scripted.rejectKey(false);

    page.navigate("http://localhost:" + port + "/");
    assertThat(page.getByTitle("Live updates")).containsText("Live");
    String failed = submitScripted(api, "Failing batch", "refused #permanent", "also #permanent");
    assertThat(page.locator(".toast").first()).isVisible();
    check(page, "batches with a toast");
    page.navigate("http://localhost:" + port + "/batches/" + failed);
    assertThat(page.getByText("2 articles failed.")).isVisible();
    check(page, "a batch with failed articles");

    page.setViewportSize(390, 844);
    page.navigate("http://localhost:" + port + "/");
    assertThat(page.getByTestId("batch-row").first()).isVisible();
    assertThat(page.getByText("Sign out")).isHidden();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")))
        .isInViewport();
    assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth"))
        .as(
            "elements wider than the phone: %s",
            page.evaluate(
                "() => [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > innerWidth + 1)"
                    + ".slice(0, 8).map(e => e.tagName + '.' + e.className + ' '"
                    + " + Math.round(e.getBoundingClientRect().right)).join(', ')"))
        .isLessThanOrEqualTo(390);
    check(page, "batches on a phone with the menu open");

    assertThat(violations).as(String.join("\n", violations)).isEmpty();
  }

  /** Submits a batch written by the scripted provider; returns its id. */
  private static String submitScripted(Api api, String name, String... keywords) {
    String items =
        java.util.Arrays.stream(keywords)
            .map(keyword -> "\"" + keyword + "\"")
            .collect(java.util.stream.Collectors.joining(","));
    var submitted =
        api.post(
            "/api/articles/bulk",
            "application/json",
            ("{\"name\": \"%s\", \"settings\": {\"provider\": \"%s\", \"wordCount\": 300},"
                    + " \"items\": [%s]}")
                .formatted(name, ScriptedGenerator.NAME, items));
    org.assertj.core.api.Assertions.assertThat(submitted.status())
        .as(submitted.body())
        .isEqualTo(202);
    return submitted.json().get("id").stringValue();
  }

  private void print(String violation) {
    System.out.println("axe: " + violation);
    violations.add(violation);
  }

  /** Runs axe-core on the page as it is and keeps its serious and critical violations. */
  @SuppressWarnings("unchecked")
  private void check(Page page, String state) {
    page.evaluate(axe);
    Map<String, Object> result =
        (Map<String, Object>)
            page.evaluate(
                """
                async () => {
                  const r = await axe.run(document, {
                    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
                  });
                  return {passes: r.passes.length, violations: r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({id: v.id, impact: v.impact,
                      targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}))};
                }""");
    // axe really looked at the page: many rules passed
    assertThat((Integer) result.get("passes")).as(state).isGreaterThan(10);
    List<Map<String, Object>> found = (List<Map<String, Object>>) result.get("violations");
    found.forEach(
        v ->
            print(
                "%s: %s (%s) at %s"
                    .formatted(state, v.get("id"), v.get("impact"), v.get("targets"))));
  }
}
