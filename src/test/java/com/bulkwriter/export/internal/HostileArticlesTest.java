package com.bulkwriter.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.batch.WrittenArticle;
import com.bulkwriter.export.ExportClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Articles as a hostile user or a confused LLM may leave them: characters XML forbids, addresses
 * Java cannot parse, links to other hosts, remote images, spreadsheet formulas. None of them may
 * fail an export, reach a reader's machine, or run in a spreadsheet.
 */
class HostileArticlesTest {

  private static final String CONTROL_CHARACTERS = "bad\u0000 key\u0007word\u001B";

  private static WrittenArticle article(String keyword, String title, String markdown) {
    return SampleArticles.article(keyword, title, "s", markdown);
  }

  private static Map<String, byte[]> export(WrittenArticle... articles) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArchiveWriter writer =
        new ArchiveWriter(
            out,
            "x",
            EnumSet.of(ExportFormat.DOCX, ExportFormat.HTML),
            ExportLayout.BY_FORMAT,
            6,
            HostileArticlesTest::renderUnlessBroken)) {
      writer.startBatch("Hostile");
      for (WrittenArticle article : articles) {
        writer.add(article);
      }
      writer.finish();
    }
    return ExportClient.unzip(out.toByteArray());
  }

  @Test
  void charactersXmlForbidsAreDroppedFromDocxAndHtml() throws IOException {
    var article =
        article(
            CONTROL_CHARACTERS,
            "Title\u0000 with NUL",
            "# Head\u0007ing\n\nBody \u0000text\u001B and \uD800 a lone surrogate.\n");

    byte[] docx = DocxRenderer.render(ArticleSource.of(article));
    String html = HtmlRenderer.render(ArticleSource.of(article));

    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      var core = document.getProperties().getCoreProperties();
      assertThat(core.getKeywords()).isEqualTo("bad keyword");
      assertThat(core.getTitle()).isEqualTo("Title with NUL");
      assertThat(document.getParagraphs().get(0).getText()).isEqualTo("Heading");
      assertThat(document.getParagraphs().get(1).getText())
          .isEqualTo("Body text and  a lone surrogate.");
    }
    assertThat(html).doesNotContain("\u0000", "\u0007", "\u001B", "\uD800").contains("Heading");
  }

  @Test
  void aLinkJavasUriParserRejectsBecomesItsTextInsteadOfFailingTheDocument() throws IOException {
    var article =
        article(
            "links",
            "Links",
            "See [the spaced guide](<https://exa mple.com/a b>) and [ipv6](http://[::1/x).\n");

    byte[] docx = DocxRenderer.render(ArticleSource.of(article));

    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      var paragraph = document.getParagraphs().get(1);
      assertThat(paragraph.getText()).contains("the spaced guide", "ipv6");
      assertThat(paragraph.getRuns()).noneMatch(XWPFHyperlinkRun.class::isInstance);
    }
  }

  @Test
  void onlyWebMailAndRelativeLinksSurviveAndRemoteImagesAreDropped() throws IOException {
    var article =
        article(
            "links",
            "Links",
            """
            [web](https://example.com/a) [mail](mailto:a@example.com) [page](other.html#x)
            [proto](//evil.example/x) [unc](\\\\\\\\evil\\\\share) [js](javascript:alert(1))
            [data](data:text/html,hi) [file](file:///etc/passwd) [tab](java\tscript:alert(1))

            ![remote](https://evil.example/pixel.png) ![proto image](//evil.example/p.png)
            """);

    String html = HtmlRenderer.render(ArticleSource.of(article));
    byte[] docx = DocxRenderer.render(ArticleSource.of(article));

    assertThat(html)
        .contains(
            "href=\"https://example.com/a\"",
            "href=\"mailto:a@example.com\"",
            "href=\"other.html#x\"")
        .doesNotContain("evil.example", "javascript:", "data:", "file:", "<img")
        .contains("remote", "proto image");
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<String> targets =
          document.getParagraphs().stream()
              .flatMap(p -> p.getRuns().stream())
              .filter(XWPFHyperlinkRun.class::isInstance)
              .map(run -> ((XWPFHyperlinkRun) run).getHyperlink(document).getURL())
              .toList();
      assertThat(targets)
          .containsExactly("https://example.com/a", "mailto:a@example.com", "other.html#x");
    }
  }

  @Test
  void theHtmlPageCarriesAContentSecurityPolicyThatAllowsNoScriptAndNothingRemote() {
    String html = HtmlRenderer.render(ArticleSource.of(SampleArticles.espresso()));

    assertThat(html)
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .contains("style-src 'sha256-", "img-src 'self'", "base-uri 'none'", "form-action 'none'")
        .doesNotContain("unsafe-inline", "script-src");
  }

  @Test
  void anArticleThatCannotBeRenderedIsLeftOutAndListedWithTheReason() throws IOException {
    var broken = article("broken", "Broken", "# Broken\n");

    Map<String, byte[]> entries = export(SampleArticles.espresso(), broken, withBadText());

    assertThat(entries.keySet())
        .contains("Hostile/docx/espresso-at-home.docx", "Hostile/html/espresso-at-home.html")
        .contains("Hostile/docx/s.docx", "Hostile/html/s.html")
        .hasSize(6);
    List<CSVRecord> rows = csv(entries.get("manifest.csv"));
    assertThat(rows.get(1).get("keyword")).isEqualTo("broken");
    assertThat(rows.get(1).get("files")).isEmpty();
    assertThat(rows.get(1).get("note")).isEqualTo("left out: it could not be rendered as html");
    assertThat(rows.get(0).get("note")).isEmpty();
    JsonNode listed = JsonMapper.builder().build().readTree(entries.get("manifest.json"));
    JsonNode second = listed.get("articles").get(1);
    assertThat(second.get("note").stringValue())
        .isEqualTo("left out: it could not be rendered as html");
    assertThat(second.get("files")).isEmpty();
    assertThat(listed.get("articles").get(0).get("note").isNull()).isTrue();
    assertThat(new String(entries.get("manifest.csv"), StandardCharsets.UTF_8))
        .doesNotContain("Exception", "org.example");
  }

  @Test
  void everyTextCellOfTheCsvManifestThatASpreadsheetWouldRunIsNeutralised() throws IOException {
    var formulas =
        SampleArticles.article(
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+cmd|' /C calc'!A0",
            "@SUM(1+1)",
            "# -2+3\n\ntext\n");
    var tabbed = SampleArticles.article("\tkeyword", "\rtitle", "-2+3", "# Fine\n\ntext\n");

    List<CSVRecord> rows = csv(export(formulas, tabbed).get("manifest.csv"));

    assertThat(rows.get(0).get("keyword")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
    assertThat(rows.get(0).get("title")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(rows.get(0).get("slug")).isEqualTo("'@SUM(1+1)");
    assertThat(rows.get(1).get("keyword")).isEqualTo("'\tkeyword");
    assertThat(rows.get(1).get("title")).isEqualTo("'\rtitle");
    assertThat(rows.get(1).get("slug")).isEqualTo("'-2+3");
    assertThat(rows.get(0).get("words")).isEqualTo("120");
  }

  /** The real renderers, but an article titled Broken fails as HTML, as no known article does. */
  private static byte[] renderUnlessBroken(ExportFormat format, ArticleSource source) {
    if (format == ExportFormat.HTML && source.title().equals("Broken")) {
      throw new IllegalStateException("org.example.Internal failure");
    }
    return format == ExportFormat.DOCX
        ? DocxRenderer.render(source)
        : HtmlRenderer.render(source).getBytes(StandardCharsets.UTF_8);
  }

  private static WrittenArticle withBadText() {
    return SampleArticles.article(CONTROL_CHARACTERS, "T\u0007", "s", "Text \u0000 [a](<b c>)\n");
  }

  private static List<CSVRecord> csv(byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text))
        .getRecords();
  }
}
