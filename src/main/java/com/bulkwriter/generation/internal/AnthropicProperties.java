package com.bulkwriter.generation.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * An Anthropic Messages API endpoint. Offered when it has a key.
 *
 * @param baseUrl API root; application.properties defaults it to {@code ANTHROPIC_BASE_URL}, then
 *     {@value #PUBLIC_URL}
 * @param apiKey the x-api-key; application.properties defaults it to {@code ANTHROPIC_API_KEY}
 * @param model default model
 * @param models further models users may pick
 * @param requestsPerMinute a ceiling on requests per minute (all nodes together on PostgreSQL); 0
 *     or unset: none, the limit the provider announces paces alone
 * @param tokensPerMinute a ceiling on tokens per minute; 0 or unset: none
 * @param maxConcurrency a ceiling on requests in flight per node; 0 or unset: none, Little's law
 *     sizes them from the pace and the time a call takes
 * @param timeout longest one call may take, streaming included
 */
@ConfigurationProperties("bulkwriter.anthropic")
record AnthropicProperties(
    URI baseUrl,
    String apiKey,
    String model,
    List<String> models,
    int requestsPerMinute,
    int tokensPerMinute,
    int maxConcurrency,
    Duration timeout)
    implements ProviderSettings {

  static final String PUBLIC_URL = "https://api.anthropic.com/v1";

  AnthropicProperties {
    baseUrl = ProviderSettings.uri(baseUrl == null ? null : baseUrl.toString(), PUBLIC_URL);
    model = model == null || model.isBlank() ? "claude-3-5-haiku-latest" : model.strip();
    models = models == null ? List.of() : List.copyOf(models);
    timeout = timeout == null ? Duration.ofMinutes(5) : timeout;
    ProviderSettings.check(prefix(), requestsPerMinute, tokensPerMinute, maxConcurrency);
  }

  @Override
  public String prefix() {
    return "bulkwriter.anthropic";
  }

  @Override
  public boolean configured() {
    return hasKey();
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "AnthropicProperties[baseUrl=%s, apiKey=%s, model=%s, rpm=%s, tpm=%s, concurrency=%s]"
        .formatted(
            baseUrl,
            ProviderSettings.mask(apiKey),
            model,
            ProviderSettings.show(requestsPerMinute),
            ProviderSettings.show(tokensPerMinute),
            ProviderSettings.show(maxConcurrency));
  }
}
