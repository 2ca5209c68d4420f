package com.bulkwriter.generation;

import java.util.List;

/**
 * What a user needs to know about a provider to pick it. Never holds a secret.
 *
 * @param name the name used in batch settings
 * @param label what the UI shows
 * @param draft true for the offline draft engine, whose articles are placeholders, not LLM output;
 *     any provider that is not a draft is preferred as the default (see {@link
 *     Providers#defaultProvider()})
 * @param models models that can be chosen; the first is the default
 * @param limits the configured ceilings on this provider's rate limits
 */
public record ProviderInfo(
    String name, String label, boolean draft, List<String> models, ProviderLimits limits) {

  public ProviderInfo {
    limits = limits == null ? ProviderLimits.NONE : limits;
  }

  /** A provider without rate limits (the offline draft engine). */
  public ProviderInfo(String name, String label, boolean draft, List<String> models) {
    this(name, label, draft, models, ProviderLimits.NONE);
  }

  public String defaultModel() {
    return models.getFirst();
  }
}
