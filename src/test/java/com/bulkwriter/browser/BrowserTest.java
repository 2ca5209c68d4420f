package com.bulkwriter.browser;

import com.bulkwriter.support.DatabaseUnderTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real node on a fresh embedded database with the built UI, and one Chromium for the test class.
 * Subclasses add their settings with {@code @TestPropertySource} and beans with {@code @Import}
 * (the scripted provider: {@code @Import(TestApplication.ScriptedProvider.class)}). Skipped when
 * the UI was not built ({@code -DskipFrontend}).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "bulkwriter.queue.poll-interval=50ms")
abstract class BrowserTest extends ChromiumTest {

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
  }
}
