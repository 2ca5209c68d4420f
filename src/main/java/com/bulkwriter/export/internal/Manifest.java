package com.bulkwriter.export.internal;

import com.bulkwriter.batch.WrittenArticle;
import com.bulkwriter.support.CsvCells;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.csv} and {@code manifest.json}: one row per exported article (batch, keyword,
 * title, slug, status, words, tokens, cost, files, note). Rows go to temporary files as the archive
 * is written, so a manifest of 10,000 articles costs disk, not memory; both files are copied into
 * the archive at its end. Tokens are prompt plus completion tokens; cost is in US dollars at the
 * configured per-model prices (0 for the offline engine). The note says why an article with a
 * result was left out. Text cells of the CSV are neutralised against formula injection ({@link
 * CsvCells}).
 */
final class Manifest implements Closeable {

  static final String CSV = "manifest.csv";
  static final String JSON = "manifest.json";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String[] HEADER = {
    "batch", "keyword", "title", "slug", "status", "words", "tokens", "cost", "files", "note"
  };

  private final Path csvFile;
  private final Path jsonFile;
  private final CSVPrinter csv;
  private final JsonGenerator json;

  Manifest(String exportId, List<String> formats, String layout) {
    try {
      csvFile = Files.createTempFile("bulkwriter-manifest-", ".csv");
      jsonFile = Files.createTempFile("bulkwriter-manifest-", ".json");
      BufferedWriter writer = Files.newBufferedWriter(csvFile, StandardCharsets.UTF_8);
      writer.write('\uFEFF'); // so that Excel reads the file as UTF-8
      csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
      json = MAPPER.createGenerator(Files.newOutputStream(jsonFile));
      json.writeStartObject();
      json.writeStringProperty("export", exportId);
      json.writeName("formats");
      json.writeArray(formats.toArray(String[]::new), 0, formats.size());
      json.writeStringProperty("layout", layout);
      json.writeName("articles");
      json.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the manifest files", e);
    }
  }

  /**
   * Lists one article.
   *
   * @param note why the article has no files although it has a result (it was left out), or null
   */
  void add(String batch, WrittenArticle article, String title, List<String> files, String note) {
    try {
      csv.printRecord(
          CsvCells.neutral(batch),
          CsvCells.neutral(article.keyword()),
          CsvCells.neutral(title),
          CsvCells.neutral(article.slug()),
          article.status(),
          article.wordCount(),
          article.usage().totalTokens(),
          article.usage().costUsd().toPlainString(),
          CsvCells.neutral(String.join(";", files)),
          CsvCells.neutral(note));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    json.writeStartObject();
    json.writeStringProperty("id", article.id().toString());
    json.writeStringProperty("batch", batch);
    json.writeStringProperty("keyword", article.keyword());
    json.writeStringProperty("title", title);
    json.writeStringProperty("slug", article.slug());
    json.writeStringProperty("status", article.status().name());
    json.writeName("words");
    if (article.wordCount() == null) {
      json.writeNull();
    } else {
      json.writeNumber(article.wordCount());
    }
    json.writeNumberProperty("tokens", article.usage().totalTokens());
    json.writeName("cost");
    json.writeNumber(article.usage().costUsd());
    json.writeName("files");
    json.writeArray(files.toArray(String[]::new), 0, files.size());
    json.writeStringProperty("note", note);
    json.writeEndObject();
  }

  /** Finishes both files and copies them to {@code out} through {@code entry}. */
  void writeTo(ArchiveEntries entries) throws IOException {
    csv.close();
    json.writeEndArray();
    json.writeEndObject();
    json.close();
    try (OutputStream out = entries.begin(CSV)) {
      Files.copy(csvFile, out);
    }
    try (OutputStream out = entries.begin(JSON)) {
      Files.copy(jsonFile, out);
    }
  }

  @Override
  public void close() throws IOException {
    csv.close();
    json.close();
    Files.deleteIfExists(csvFile);
    Files.deleteIfExists(jsonFile);
  }

  /** Where the manifest writes its entries: one stream per entry, closed to end it. */
  interface ArchiveEntries {
    OutputStream begin(String name) throws IOException;
  }
}
