package com.bulkwriter.support;

import com.bulkwriter.BulkwriterApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the real application for tests, on a chosen database and with the scripted provider added,
 * so tests can start, stop and restart whole nodes.
 */
public final class TestApplication {

  private TestApplication() {}

  /** Properties every test node shares: no pacing delay, quick polling, a random port. */
  public static Map<String, Object> defaults() {
    Map<String, Object> defaults = new HashMap<>();
    defaults.put("server.port", "0");
    defaults.put("bulkwriter.offline.delay", "0");
    defaults.put("bulkwriter.queue.poll-interval", "50ms");
    defaults.put("bulkwriter.queue.backoff-base", "20ms");
    defaults.put("bulkwriter.queue.backoff-max", "100ms");
    defaults.put("bulkwriter.queue.completion-interval", "100ms");
    defaults.put("spring.main.banner-mode", "off");
    return defaults;
  }

  /** Starts a node on {@code database} (properties from {@link DatabaseUnderTest#properties}). */
  public static ConfigurableApplicationContext start(
      Map<String, Object> database, Map<String, Object> overrides) {
    Map<String, Object> properties = defaults();
    properties.putAll(database);
    properties.putAll(overrides);
    // as command-line arguments, so they win over application.properties (builder properties are
    // only defaults, and application.properties would silently replace the test's database)
    String[] arguments =
        properties.entrySet().stream()
            .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
            .toArray(String[]::new);
    return new SpringApplicationBuilder(BulkwriterApplication.class, ScriptedProvider.class)
        .run(arguments);
  }

  /**
   * A node that can be stopped and started again as the same server, to pass to {@link #start} in
   * place of a {@link DatabaseUnderTest}: a fixed port, and a data directory of its own for the
   * embedded H2 database and the signed-in sessions (which other test nodes do not keep).
   */
  public static Map<String, Object> restartable(int port, Path dataDir) {
    return Map.of(
        "server.port", port,
        "bulkwriter.data-dir", dataDir,
        "server.servlet.session.persistent", "true");
  }

  /**
   * A port free right now, for a node that must come back on the same address after a restart
   * ({@code server.port}); the default port 0 gives every start a new one.
   */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds {@link ScriptedGenerator} as a provider; a {@code @SpringBootTest} imports it with
   * {@code @Import(TestApplication.ScriptedProvider.class)}.
   */
  @Configuration(proxyBeanMethods = false)
  public static class ScriptedProvider {
    @Bean
    ScriptedGenerator scriptedGenerator() {
      return new ScriptedGenerator();
    }
  }
}
