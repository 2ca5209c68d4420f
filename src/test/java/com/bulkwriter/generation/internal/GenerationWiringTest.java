package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.generation.Providers;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The module's beans as Spring puts them together, without the rest of the application. */
class GenerationWiringTest {

  @Configuration(proxyBeanMethods = false)
  @ComponentScan(basePackageClasses = Providers.class)
  @EnableConfigurationProperties(OfflineSettings.class)
  static class Generation {}

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(Generation.class);

  @Test
  void theOfflineEngineIsTheDefaultProviderAndTakesItsDelayFromTheSettings() {
    runner
        .withPropertyValues("bulkwriter.offline.delay=0")
        .run(
            context -> {
              Providers providers = context.getBean(Providers.class);
              assertThat(providers.defaultProvider().name()).isEqualTo("offline");
              assertThat(providers.require("offline")).isInstanceOf(OfflineDraftEngine.class);
              assertThat(context.getBean(OfflineSettings.class).delay()).isZero();
            });
  }

  @Test
  void withoutSettingsTheDraftEngineTakesTwoSecondsPerArticle() {
    runner.run(
        context ->
            assertThat(context.getBean(OfflineSettings.class).delay())
                .isEqualTo(Duration.ofSeconds(2)));
  }

  @Test
  void aNegativeDelayStopsTheApplicationFromStarting() {
    runner
        .withPropertyValues("bulkwriter.offline.delay=-1s")
        .run(context -> assertThat(context).hasFailed());
  }
}
