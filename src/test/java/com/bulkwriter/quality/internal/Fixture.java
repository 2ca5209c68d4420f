package com.bulkwriter.quality.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An article of src/test/resources/quality: a header of "name: value" lines (keyword, language,
 * title, slug, meta), a line "---", then its Markdown.
 */
public record Fixture(
    String keyword, String language, String title, String slug, String meta, String markdown) {

  public static Fixture load(String name) {
    try (InputStream in = Fixture.class.getResourceAsStream("/quality/" + name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = text.indexOf("\n---\n");
      Map<String, String> header = new LinkedHashMap<>();
      for (String line : text.substring(0, split).split("\n")) {
        int colon = line.indexOf(": ");
        header.put(line.substring(0, colon), line.substring(colon + 2));
      }
      return new Fixture(
          header.get("keyword"),
          header.get("language"),
          header.get("title"),
          header.get("slug"),
          header.get("meta"),
          text.substring(split + 5));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int words() {
    return Words.of(markdown).size();
  }

  /** The fixture as stored content, written for {@code targetWords}. */
  CheckedContent content(int targetWords) {
    return new CheckedContent(
        UUID.randomUUID(),
        UUID.randomUUID(),
        1,
        keyword,
        title,
        slug,
        meta,
        markdown,
        words(),
        targetWords,
        language,
        false);
  }

  CheckedContent content() {
    return content(words());
  }
}
