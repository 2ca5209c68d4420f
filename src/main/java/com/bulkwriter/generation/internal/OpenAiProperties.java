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
 * @param requestsPerMinute (0 or unset: the default) requests per minute Bulkwriter keeps to (all
 *     nodes together on PostgreSQL)
 * @param tokensPerMinute tokens per minute Bulkwriter keeps to
 * @param maxConcurrency most requests in flight per node
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
    requestsPerMinute = requestsPerMinute == 0 ? 500 : requestsPerMinute;
    tokensPerMinute = tokensPerMinute == 0 ? 200_000 : tokensPerMinute;
    maxConcurrency = maxConcurrency == 0 ? 16 : maxConcurrency;
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
    return "OpenAiProperties[baseUrl=%s, apiKey=%s, model=%s, rpm=%d, tpm=%d, concurrency=%d]"
        .formatted(
            baseUrl,
            ProviderSettings.mask(apiKey),
            model,
            requestsPerMinute,
            tokensPerMinute,
            maxConcurrency);
  }
}
