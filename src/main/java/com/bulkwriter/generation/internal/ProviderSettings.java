package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.ProviderLimits;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The settings every LLM provider has, whatever its wire protocol. */
interface ProviderSettings {

  /** Settings prefix, for messages: {@code bulkwriter.openai}. */
  String prefix();

  URI baseUrl();

  /** The key, or blank; never logged, never returned by the API. */
  String apiKey();

  /** The default model. */
  String model();

  /** Further models users may pick; may be empty. */
  List<String> models();

  int requestsPerMinute();

  int tokensPerMinute();

  int maxConcurrency();

  /** Longest a single call may take, streaming included. */
  Duration timeout();

  /** Whether the provider is set up well enough to be offered. */
  boolean configured();

  default boolean hasKey() {
    return apiKey() != null && !apiKey().isBlank();
  }

  default List<String> allModels() {
    List<String> all = new ArrayList<>();
    all.add(model());
    models().stream().filter(m -> !all.contains(m)).forEach(all::add);
    return List.copyOf(all);
  }

  default ProviderLimits limits() {
    return new ProviderLimits(requestsPerMinute(), tokensPerMinute(), maxConcurrency());
  }

  static void check(String prefix, int requestsPerMinute, int tokensPerMinute, int concurrency) {
    if (requestsPerMinute < 1 || tokensPerMinute < 1 || concurrency < 1) {
      throw new IllegalArgumentException(
          prefix
              + ".requests-per-minute, tokens-per-minute and max-concurrency must be at least 1");
    }
  }

  static URI uri(String value, String fallback) {
    String text = value == null || value.isBlank() ? fallback : value.strip();
    return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }

  static String mask(String key) {
    return key == null || key.isBlank() ? "(none)" : "(set)";
  }
}
