package com.bulkwriter.batch;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one row changes of its batch's settings; {@code null} means "as the batch says". When a row
 * names another provider without a model, the model is that provider's default (filled in at
 * submit).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleOverrides(
    String title,
    String provider,
    String model,
    String language,
    String tone,
    Integer wordCount,
    String audience,
    String pointOfView,
    Boolean includeFaq,
    String instructions) {

  public static final ArticleOverrides NONE =
      new ArticleOverrides(null, null, null, null, null, null, null, null, null, null);

  @JsonIgnore // not a field: a row's overrides are stored and answered without it
  public boolean isEmpty() {
    return equals(NONE);
  }

  /** These overrides with another tone, length and instructions ({@code null}: keep). */
  public ArticleOverrides with(String tone, Integer wordCount, String instructions) {
    return new ArticleOverrides(
        title,
        provider,
        model,
        language,
        tone != null ? tone : this.tone,
        wordCount != null ? wordCount : this.wordCount,
        audience,
        pointOfView,
        includeFaq,
        instructions != null ? instructions : this.instructions);
  }
}
