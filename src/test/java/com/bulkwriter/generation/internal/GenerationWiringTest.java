package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.generation.ProviderInfo;
import com.bulkwriter.generation.Providers;
import com.bulkwriter.support.sql.Database;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The module's beans as Spring puts them together, without the rest of the application. */
class GenerationWiringTest {

  @Configuration(proxyBeanMethods = false)
  @ComponentScan(basePackageClasses = Providers.class)
  @EnableConfigurationProperties({
    OfflineSettings.class,
    OpenAiProperties.class,
    AnthropicProperties.class,
    GenerationProperties.class
  })
  static class Generation {
    @Bean
    Database database() {
      return Database.H2;
    }

    /** Long articles keep their steps in the database; nothing here writes one. */
    @Bean
    JdbcClient jdbcClient() {
      return JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:generation-wiring"));
    }

    @Bean
    Clock clock() {
      return Clock.systemUTC();
    }
  }

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
  void withoutAKeyOrAnOwnBaseUrlNoLlmProviderIsOffered() {
    runner.run(
        context ->
            assertThat(context.getBean(Providers.class).all())
                .extracting(ProviderInfo::name)
                .containsExactly("offline"));
  }

  @Test
  void anOpenAiKeyMakesOpenAiTheDefaultProviderWithItsModelsAndLimits() {
    runner
        .withPropertyValues(
            "bulkwriter.openai.api-key=sk-secret",
            "bulkwriter.openai.models=gpt-4o,gpt-4o-mini",
            "bulkwriter.openai.requests-per-minute=600")
        .run(
            context -> {
              ProviderInfo openai = context.getBean(Providers.class).defaultProvider();
              assertThat(openai.name()).isEqualTo("openai");
              assertThat(openai.draft()).isFalse();
              assertThat(openai.models()).containsExactly("gpt-4o-mini", "gpt-4o");
              assertThat(openai.limits().requestsPerMinute()).isEqualTo(600);
              assertThat(openai.limits().tokensPerMinute()).isNull();
              assertThat(context.getBean(OpenAiProperties.class).toString())
                  .doesNotContain("sk-secret")
                  .contains("apiKey=(set)");
            });
  }

  @Test
  void aLocalOpenAiCompatibleServerIsOfferedWithoutAKey() {
    runner
        .withPropertyValues("bulkwriter.openai.base-url=http://localhost:11434/v1/")
        .run(
            context -> {
              assertThat(context.getBean(Providers.class).defaultProvider().label())
                  .isEqualTo("OpenAI-compatible (localhost)");
              assertThat(context.getBean(OpenAiProperties.class).baseUrl())
                  .hasToString("http://localhost:11434/v1");
            });
  }

  @Test
  void anAnthropicKeyOffersAnthropicAlongsideTheOthers() {
    runner
        .withPropertyValues("bulkwriter.anthropic.api-key=sk-ant-secret")
        .run(
            context -> {
              assertThat(context.getBean(Providers.class).all())
                  .extracting(ProviderInfo::name)
                  .containsExactly("anthropic", "offline");
              assertThat(context.getBean(AnthropicProperties.class).toString())
                  .doesNotContain("sk-ant-secret");
            });
  }

  @Test
  void limitsBelowOneStopTheApplicationFromStarting() {
    runner
        .withPropertyValues("bulkwriter.openai.max-concurrency=-1")
        .run(context -> assertThat(context).hasFailed());
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
