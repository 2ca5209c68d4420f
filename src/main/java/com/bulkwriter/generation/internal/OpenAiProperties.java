package com.bulkwriter.generation.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * An OpenAI-compatible chat completions endpoint (OpenAI, Ollama, vLLM, LM Studio, OpenRouter, Groq
 * …). Offered when it has a key, or when its base URL points elsewhere than OpenAI (local servers
 * need no key).
 *
 * @param baseUrl API root; application.properties defaults it to {@code OPENAI_BASE_URL}, then
 *     {@value #PUBLIC_URL}
 * @param apiKey bearer key; application.properties defaults it to {@code OPENAI_API_KEY}
 * @param model default model
 * @param models further models users may pick
 * @param requestsPerMinute a ceiling on requests per minute (all nodes together on PostgreSQL); 0
 *     or unset: none, the limit the provider announces paces alone
 * @param tokensPerMinute a ceiling on tokens per minute; 0 or unset: none
 * @param maxConcurrency a ceiling on requests in flight per node; 0 or unset: none, Little's law
 *     sizes them from the pace and the time a call takes
 * @param timeout longest one call may take, streaming included
 */
@ConfigurationProperties("bulkwriter.openai")
record OpenAiProperties(
    URI baseUrl,
    String apiKey,
    String model,
    List<String> models,
    int requestsPerMinute,
    int tokensPerMinute,
    int maxConcurrency,
    Duration timeout)
    implements ProviderSettings {

  static final String PUBLIC_URL = "https://api.openai.com/v1";

  OpenAiProperties {
    baseUrl = ProviderSettings.uri(baseUrl == null ? null : baseUrl.toString(), PUBLIC_URL);
    model = model == null || model.isBlank() ? "gpt-4o-mini" : model.strip();
    models = models == null ? List.of() : List.copyOf(models);
    timeout = timeout == null ? Duration.ofMinutes(5) : timeout;
    ProviderSettings.check(prefix(), requestsPerMinute, tokensPerMinute, maxConcurrency);
  }

  @Override
  public String prefix() {
    return "bulkwriter.openai";
  }

  @Override
  public boolean configured() {
    return hasKey() || !baseUrl.toString().equals(PUBLIC_URL);
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "OpenAiProperties[baseUrl=%s, apiKey=%s, model=%s, rpm=%s, tpm=%s, concurrency=%s]"
        .formatted(
            baseUrl,
            ProviderSettings.mask(apiKey),
            model,
            ProviderSettings.show(requestsPerMinute),
            ProviderSettings.show(tokensPerMinute),
            ProviderSettings.show(maxConcurrency));
  }
}
