package com.bulkwriter.export.internal;

import com.bulkwriter.batch.WrittenArticle;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one export's ZIP as a stream: batch folders, each article in every chosen format, then the
 * manifests (which also list the articles without a result, when they are asked for, and those that
 * could not be rendered, with the reason). Only the article being written is held in memory (plus
 * one short name per article, to keep names unique), so the archive can hold any number of
 * articles.
 */
final class ArchiveWriter implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(ArchiveWriter.class);

  private final ZipOutputStream zip;
  private final Set<ExportFormat> formats;
  private final ExportLayout layout;
  private final Manifest manifest;
  private final BiFunction<ExportFormat, ArticleSource, byte[]> renderer;
  private final ArchiveNames names = new ArchiveNames(Manifest.CSV, Manifest.JSON);
  private String batchName;
  private String batchFolder;

  ArchiveWriter(
      OutputStream out,
      String exportId,
      Set<ExportFormat> formats,
      ExportLayout layout,
      int compressionLevel) {
    this(out, exportId, formats, layout, compressionLevel, ArchiveWriter::render);
  }

  /** With other renderers: tests use one that fails, as no known article makes ours fail. */
  ArchiveWriter(
      OutputStream out,
      String exportId,
      Set<ExportFormat> formats,
      ExportLayout layout,
      int compressionLevel,
      BiFunction<ExportFormat, ArticleSource, byte[]> renderer) {
    this.renderer = renderer;
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    this.zip.setLevel(compressionLevel);
    this.formats = formats;
    this.layout = layout;
    this.manifest =
        new Manifest(exportId, formats.stream().map(ExportFormat::key).toList(), layout.key());
  }

  /** Articles added from now on go into a folder named after this batch. */
  void startBatch(String name) {
    batchName = name;
    batchFolder = names.unique("", name, "batch");
  }

  /**
   * An article rendered in every chosen format, not yet named or written; or, when {@code leftOut}
   * is set, an article that could not be rendered, with the reason a user reads in the manifests.
   */
  record Rendered(
      WrittenArticle article, String title, Map<ExportFormat, byte[]> files, String leftOut) {}

  /**
   * Renders an article; thread-safe, so several can be rendered while one is written. An article
   * that cannot be rendered is left out rather than failing the whole export; the details go to the
   * log, never to the user.
   */
  Rendered render(WrittenArticle article) {
    String title = article.title() != null ? article.title() : article.keyword();
    ExportFormat format = null;
    try {
      ArticleSource source = ArticleSource.of(article);
      title = source.title();
      Map<ExportFormat, byte[]> files = new EnumMap<>(ExportFormat.class);
      for (ExportFormat each : formats) {
        format = each;
        files.put(each, renderer.apply(each, source));
      }
      return new Rendered(article, title, files, null);
    } catch (RuntimeException | StackOverflowError e) {
      log.warn("Article {} could not be rendered as {}; it is left out", article.id(), format, e);
      String reason =
          format == null
              ? "left out: its text could not be read"
              : "left out: it could not be rendered as " + format.key();
      return new Rendered(article, title, Map.of(), reason);
    }
  }

  void add(WrittenArticle article) throws IOException {
    write(render(article));
  }

  /** Names the article's files (in call order, so names are stable) and writes them. */
  void write(Rendered rendered) throws IOException {
    WrittenArticle article = rendered.article();
    if (rendered.leftOut() != null) {
      manifest.add(batchName, article, rendered.title(), List.of(), rendered.leftOut());
      return;
    }
    String slug = article.slug() != null ? article.slug() : rendered.title();
    String base = names.unique(batchFolder, slug, "article");
    List<String> files = new ArrayList<>(formats.size());
    for (var file : rendered.files().entrySet()) {
      ExportFormat format = file.getKey();
      String folder = layout == ExportLayout.BY_FORMAT ? format.key() : base;
      String path = batchFolder + "/" + folder + "/" + base + "." + format.key();
      zip.putNextEntry(entry(path, article, format, file.getValue()));
      zip.write(file.getValue());
      zip.closeEntry();
      files.add(path);
    }
    manifest.add(batchName, article, rendered.title(), files, null);
  }

  /** Lists an article without a result in the manifests, with its status and no files. */
  void list(WrittenArticle article) {
    String title = article.title() != null ? article.title() : article.keyword();
    manifest.add(batchName, article, title, List.of(), null);
  }

  private static byte[] render(ExportFormat format, ArticleSource source) {
    return switch (format) {
      case DOCX -> DocxRenderer.render(source);
      case MD -> MarkdownRenderer.render(source).getBytes(StandardCharsets.UTF_8);
      case TXT -> TextRenderer.render(source).getBytes(StandardCharsets.UTF_8);
      case HTML -> HtmlRenderer.render(source).getBytes(StandardCharsets.UTF_8);
    };
  }

  private static ZipEntry entry(
      String path, WrittenArticle article, ExportFormat format, byte[] bytes) {
    ZipEntry entry = new ZipEntry(path);
    if (format == ExportFormat.DOCX) {
      // a DOCX is a ZIP already: deflating it again costs time and saves nothing
      CRC32 crc = new CRC32();
      crc.update(bytes);
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(bytes.length);
      entry.setCompressedSize(bytes.length);
      entry.setCrc(crc.getValue());
    }
    if (article.finishedAt() != null) {
      entry.setTime(article.finishedAt().toEpochMilli());
    }
    return entry;
  }

  /** Adds the manifests and ends the archive; the stream underneath is closed. */
  void finish() throws IOException {
    manifest.writeTo(
        name -> {
          zip.putNextEntry(new ZipEntry(name));
          return new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              zip.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
              zip.closeEntry();
            }
          };
        });
    zip.close();
  }

  @Override
  public void close() throws IOException {
    try {
      manifest.close();
    } finally {
      zip.close();
    }
  }
}
