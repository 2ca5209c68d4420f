package com.bulkwriter.export.internal;

import java.util.Locale;
import java.util.Optional;

/** The formats an article can be exported in; the name is also the folder and extension. */
public enum ExportFormat {
  DOCX("docx"),
  MD("md"),
  TXT("txt"),
  HTML("html");

  private final String key;

  ExportFormat(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  static Optional<ExportFormat> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String key = value.strip().toLowerCase(Locale.ROOT);
    for (ExportFormat format : values()) {
      if (format.key.equals(key) || (format == MD && key.equals("markdown"))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
