package com.bulkwriter.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.bulkwriter.support.DatabaseUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real node on a fresh embedded database with the built UI, and one Chromium for the test class.
 * Subclasses add their settings with {@code @TestPropertySource}. Skipped when the UI was not built
 * ({@code -DskipFrontend}).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "bulkwriter.queue.poll-interval=50ms")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

  @LocalServerPort protected int port;
  protected Browser browser;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeAll
  void launch() {
    assumeTrue(
        new ClassPathResource("static/index.html").exists(),
        "the web UI was not built (-DskipFrontend)");
    browser = new Browser();
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.close();
    }
  }
}
