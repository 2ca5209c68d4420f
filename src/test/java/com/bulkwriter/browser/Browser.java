package com.bulkwriter.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright, headless, with the flags this closed network needs (no
 * background networking, no component updates); Playwright's own browser download is skipped.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM =
      Paths.get(System.getProperty("bulkwriter.chromium", "/usr/bin/chromium"));

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;

  Browser() {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          CHROMIUM + " is missing: install Debian's chromium (apt-get install -y chromium)");
    }
    playwright = Playwright.create();
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
  }

  Page newPage() {
    return browser.newContext(new NewContextOptions().setViewportSize(1280, 800)).newPage();
  }

  /** A page whose scripts may read and write the system clipboard, as a user's paste needs. */
  Page newPageWithClipboard() {
    return browser
        .newContext(
            new NewContextOptions()
                .setViewportSize(1280, 800)
                .setPermissions(List.of("clipboard-read", "clipboard-write")))
        .newPage();
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
