package com.bulkwriter.export.internal;

import java.util.Optional;

/** How files are arranged under each batch's folder. */
public enum ExportLayout {
  /** {@code <batch>/docx/<slug>.docx}, {@code <batch>/md/<slug>.md}, ... */
  BY_FORMAT("by-format"),
  /** {@code <batch>/<slug>/<slug>.docx}, {@code <batch>/<slug>/<slug>.md}, ... */
  BY_ARTICLE("by-article");

  private final String key;

  ExportLayout(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  static Optional<ExportLayout> parse(String value) {
    for (ExportLayout layout : values()) {
      if (layout.key.equalsIgnoreCase(value == null ? "" : value.strip())) {
        return Optional.of(layout);
      }
    }
    return Optional.empty();
  }
}
