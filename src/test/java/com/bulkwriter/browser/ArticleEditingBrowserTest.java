package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Editing an article in a real Chromium under the product's CSP: the CodeMirror editor renders with
 * its styles, a save becomes a version, the history compares and restores, and a save by someone
 * else shows up live and as a conflict the editor resolves by overwriting.
 */
@TestPropertySource(properties = "bulkwriter.offline.delay=0")
class ArticleEditingBrowserTest extends BrowserTest {

  @Test
  void editSaveCompareAndRestoreAVersionThenResolveAConflictWithAnotherEditor() {
    Api api = new Api(port);
    String id = writtenArticle(api);
    JsonNode generated = api.get("/api/articles/" + id).json();
    Page page = browser.newPage();
    List<String> cspViolations = cspViolations(page);
    page.onDialog(dialog -> dialog.accept()); // "Restore version 1?"
    SignIn.as(page, port, "/articles/" + id, Api.ADMIN, Api.ADMIN_PASSWORD);

    // edit → save
    button(page, "Edit").click();
    Locator body =
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Markdown body"));
    assertThat(body).isVisible();
    // CodeMirror's own style sheet applies under the CSP: its editor is a flex column
    assertThat(page.locator(".cm-editor")).hasCSS("display", "flex");
    page.getByLabel("Title").fill("Edited in a real browser");
    body.click();
    page.keyboard().press("Control+A");
    // deleted first: typing over a selection of several lines makes Chromium's own editing try a
    // style attribute on the text it inserts, which the CSP blocks (harmless: CodeMirror draws the
    // line anew; see docs/security.md)
    page.keyboard().press("Backspace");
    // a key at a time with a pause, as a person types: on a loaded machine keys sent back to back
    // can reach the editor before it has drawn the line the previous one made
    page.keyboard()
        .type(
            "# Edited\n\nWritten by a person in a real browser.",
            new Keyboard.TypeOptions().setDelay(25));
    assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Preview")))
        .containsText("Written by a person in a real browser.");
    assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Checks")))
        .containsText("9 words");
    button(page, "Save").click();

    assertThat(page.getByTestId("article-body")).containsText("Written by a person");
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText("Edited in a real browser");
    Locator versions =
        page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Versions"));
    assertThat(versions.locator("tbody tr")).hasCount(2);
    assertThat(versions.locator("tbody tr").first()).containsText("Edited");

    // history: the diff of the save, then restore the generated version
    Locator diff =
        page.getByRole(
            AriaRole.REGION, new Page.GetByRoleOptions().setName("Changes from version 1 to 2"));
    assertThat(diff.locator("ins.diff__line")).containsText(new String[] {"Written by a person"});
    button(page, "Restore version 1").click();
    assertThat(versions.locator("tbody tr")).hasCount(3);
    assertThat(versions.locator("tbody tr").first()).containsText("Restored from version 1");
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText(generated.get("title").stringValue());
    assertThat(api.get("/api/articles/" + id).json().get("markdown").stringValue())
        .isEqualTo(generated.get("markdown").stringValue());

    // someone else saves while this page edits: told live, then a 412 the editor overwrites
    button(page, "Edit").click();
    assertThat(body).isVisible();
    page.getByLabel("Title").fill("Mine wins");
    var theirs =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/articles/" + id))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"3\"")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"title\": \"Theirs\", \"slug\": \"theirs\", \"markdown\": \"Their text.\"}")));
    assertThat(theirs.status()).isEqualTo(200);
    assertThat(
            page.getByRole(AriaRole.STATUS)
                .filter(new Locator.FilterOptions().setHasText("Someone else saved version 4")))
        .isVisible();
    button(page, "Save").click();
    Locator conflict = page.getByRole(AriaRole.ALERTDIALOG);
    assertThat(conflict).containsText("the article is now at version 4");
    conflict
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Overwrite"))
        .click();

    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText("Mine wins");
    JsonNode article = api.get("/api/articles/" + id).json();
    assertThat(article.get("version").intValue()).isEqualTo(5);
    assertThat(article.get("title").stringValue()).isEqualTo("Mine wins");
    assertThat(versions.locator("tbody tr")).hasCount(5);
    assertThat(cspViolations).isEmpty();
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private static String writtenArticle(Api api) {
    var submitted =
        api.post(
            "/api/articles/bulk",
            "application/json",
            """
            {"name": "Editing batch", "settings": {"provider": "offline", "wordCount": 150},
             "items": ["window boxes"]}""");
    assertThat(submitted.status()).isEqualTo(202);
    String batchId = submitted.json().get("id").stringValue();
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> api.get("/api/articles/queue/" + batchId).json(),
            batch -> batch.get("status").stringValue().equals("COMPLETED"))
        .get("items")
        .get("content")
        .get(0)
        .get("id")
        .stringValue();
  }
}
