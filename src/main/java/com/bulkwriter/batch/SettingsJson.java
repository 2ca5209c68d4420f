package com.bulkwriter.batch;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** How batch settings and row overrides are stored: JSON text in their rows. */
@Component
public class SettingsJson {

  private final JsonMapper json;

  SettingsJson(JsonMapper json) {
    this.json = json;
  }

  public BatchSettings settings(String text) {
    return json.readValue(text, BatchSettings.class);
  }

  /** {@link ArticleOverrides#NONE} for a row stored without overrides. */
  public ArticleOverrides overrides(String text) {
    return text == null ? ArticleOverrides.NONE : json.readValue(text, ArticleOverrides.class);
  }

  public String write(BatchSettings settings) {
    return json.writeValueAsString(settings);
  }

  /** {@code null} for no overrides, so the common row stores nothing. */
  public String write(ArticleOverrides overrides) {
    return overrides == null || overrides.isEmpty() ? null : json.writeValueAsString(overrides);
  }
}
