package com.bulkwriter.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.io.ClassPathResource;

/**
 * One Chromium for the test class. {@link BrowserTest} adds a node for the whole class; a test that
 * starts, stops and restarts its own nodes extends this directly. Skipped when the UI was not built
 * ({@code -DskipFrontend}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChromiumTest {

  protected Browser browser;

  @BeforeAll
  void launch() {
    assumeTrue(
        new ClassPathResource("static/index.html").exists(),
        "the web UI was not built (-DskipFrontend)");
    browser = new Browser();
  }

  /** Collects the page's Content Security Policy violations, which a test expects to stay empty. */
  protected static List<String> cspViolations(Page page) {
    List<String> violations = new CopyOnWriteArrayList<>();
    page.onConsoleMessage(
        message -> {
          if (message.text().contains("Content Security Policy")) {
            violations.add(message.text());
          }
        });
    return violations;
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.close();
    }
  }
}
