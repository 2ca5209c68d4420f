package com.bulkwriter.support;

import com.bulkwriter.BulkwriterApplication;
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

  /** Adds {@link ScriptedGenerator} as a provider. */
  @Configuration(proxyBeanMethods = false)
  static class ScriptedProvider {
    @Bean
    ScriptedGenerator scriptedGenerator() {
      return new ScriptedGenerator();
    }
  }
}
