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

  /** Requests per minute at most; 0 when unset (the provider's announced limit paces alone). */
  int requestsPerMinute();

  /** Tokens per minute at most; 0 when unset. */
  int tokensPerMinute();

  /** Calls in flight per node at most; 0 when unset (Little's law sizes them). */
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

  /** The configured ceilings; {@code null} where none is set. */
  default ProviderLimits limits() {
    return new ProviderLimits(
        ceiling(requestsPerMinute()), ceiling(tokensPerMinute()), ceiling(maxConcurrency()));
  }

  /** A configured ceiling: {@code null} for 0, which means unset. */
  static Integer ceiling(int value) {
    return value == 0 ? null : value;
  }

  /** A ceiling for the log: its value, or that the provider's own limit applies. */
  static String show(int ceiling) {
    return ceiling == 0 ? "(provider's)" : String.valueOf(ceiling);
  }

  static void check(String prefix, int requestsPerMinute, int tokensPerMinute, int concurrency) {
    if (requestsPerMinute < 0 || tokensPerMinute < 0 || concurrency < 0) {
      throw new IllegalArgumentException(
          prefix
              + ".requests-per-minute, tokens-per-minute and max-concurrency must be at least 1"
              + " (or unset)");
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
