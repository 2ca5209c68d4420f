package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.BatchApi;
import com.bulkwriter.generation.ProviderInfo;
import com.bulkwriter.support.sql.Database;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Creates the LLM providers that are configured (see {@link ProviderSettings#configured()}); the
 * others are not offered at all. On PostgreSQL their rate-limit buckets are shared by all nodes.
 */
@Configuration(proxyBeanMethods = false)
class ProviderConfiguration {

  @Bean
  ChatClient chatClient(Clock clock) {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    return new ChatClient(http, clock);
  }

  @Bean
  Buckets buckets(Database database, ObjectProvider<DataSource> dataSource) {
    return database == Database.POSTGRESQL
        ? Buckets.postgresql(dataSource.getObject())
        : Buckets.local();
  }

  @Bean
  @Conditional(OpenAiConfigured.class)
  LlmProvider openAiProvider(
      OpenAiProperties settings,
      ChatClient client,
      Buckets buckets,
      GenerationProperties properties,
      ArticleStepStore steps,
      Clock clock) {
    BatchHttp http = new BatchHttp(batchClient(), "OpenAI", settings.prefix(), settings.timeout());
    return provider(
        settings,
        "OpenAI-compatible",
        new OpenAiProtocol(),
        client,
        buckets,
        properties,
        steps,
        clock,
        new OpenAiBatches(settings, properties, http, steps::forArticle));
  }

  /** For batch APIs: uploads and result files are no chat streams, and need no watchdog. */
  private static HttpClient batchClient() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  @Bean
  @Conditional(AnthropicConfigured.class)
  LlmProvider anthropicProvider(
      AnthropicProperties settings,
      ChatClient client,
      Buckets buckets,
      GenerationProperties properties,
      ArticleStepStore steps,
      Clock clock) {
    BatchHttp http =
        new BatchHttp(batchClient(), "Anthropic", settings.prefix(), settings.timeout());
    return provider(
        settings,
        "Anthropic",
        new AnthropicProtocol(),
        client,
        buckets,
        properties,
        steps,
        clock,
        new AnthropicBatches(settings, properties, http, steps::forArticle));
  }

  private static LlmProvider provider(
      ProviderSettings settings,
      String label,
      WireProtocol protocol,
      ChatClient client,
      Buckets buckets,
      GenerationProperties properties,
      ArticleStepStore steps,
      Clock clock,
      BatchApi batchApi) {
    ProviderInfo info =
        new ProviderInfo(
            protocol.name(),
            label + " (" + settings.baseUrl().getHost() + ")",
            false,
            settings.allModels(),
            settings.limits());
    ProviderGate gate = new ProviderGate(settings, protocol.name(), buckets, properties, clock);
    return new LlmProvider(info, settings, protocol, client, gate, properties, steps, batchApi);
  }

  /** A key is set, or the base URL points at a server of one's own (which needs none). */
  static final class OpenAiConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      var env = context.getEnvironment();
      String key = env.getProperty("bulkwriter.openai.api-key", "");
      String url = env.getProperty("bulkwriter.openai.base-url", OpenAiProperties.PUBLIC_URL);
      return !key.isBlank()
          || !ProviderSettings.uri(url, OpenAiProperties.PUBLIC_URL)
              .toString()
              .equals(OpenAiProperties.PUBLIC_URL);
    }
  }

  static final class AnthropicConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !context.getEnvironment().getProperty("bulkwriter.anthropic.api-key", "").isBlank();
    }
  }
}
