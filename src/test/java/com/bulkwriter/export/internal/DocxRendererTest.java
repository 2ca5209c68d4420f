package com.bulkwriter.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Opens every generated document with POI, as Word would, and checks what a reader relies on. */
class DocxRendererTest {

  private XWPFDocument render(String markdown) throws IOException {
    var article = SampleArticles.article("espresso at home", "Espresso at Home", "e", markdown);
    byte[] docx = DocxRenderer.render(ArticleSource.of(article));
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  private static XWPFParagraph paragraph(XWPFDocument document, String text) {
    return document.getParagraphs().stream()
        .filter(p -> p.getText().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No paragraph " + text));
  }

  @Test
  void headingsUseWordsBuiltInHeadingStylesWithOutlineLevels() throws IOException {
    try (XWPFDocument document = render(SampleArticles.LLM_MARKDOWN)) {
      assertThat(paragraph(document, "Espresso at Home").getStyle()).isEqualTo("Heading1");
      assertThat(paragraph(document, "Equipment").getStyle()).isEqualTo("Heading2");
      assertThat(paragraph(document, "Ratios").getStyle()).isEqualTo("Heading3");
      var heading1 = document.getStyles().getStyle("Heading1");
      assertThat(heading1.getName()).isEqualTo("heading 1");
      assertThat(heading1.getCTStyle().getPPr().getOutlineLvl().getVal())
          .isEqualTo(BigInteger.ZERO);
      // a rule glued to a paragraph stays a paragraph, not a setext heading
      assertThat(paragraph(document, "Text before a rule").getStyle()).isNull();
    }
  }

  @Test
  void listsHaveRealNumberingWithNestedLevelsAndNumberedListsRestart() throws IOException {
    try (XWPFDocument document =
        render(SampleArticles.LLM_MARKDOWN + "\nThen:\n1. again one\n2. again two\n")) {
      XWPFParagraph grinder = paragraph(document, "A grinder");
      XWPFParagraph burr = paragraph(document, "burr, not blade");
      XWPFParagraph weigh = paragraph(document, "Weigh 18 g");
      XWPFParagraph again = paragraph(document, "again one");
      assertThat(grinder.getNumID()).isNotNull();
      assertThat(grinder.getNumFmt()).isEqualTo("bullet");
      assertThat(grinder.getNumIlvl()).isEqualTo(BigInteger.ZERO);
      assertThat(burr.getNumID()).isEqualTo(grinder.getNumID());
      assertThat(burr.getNumIlvl()).isEqualTo(BigInteger.ONE);
      assertThat(weigh.getNumFmt()).isEqualTo("decimal");
      assertThat(paragraph(document, "Tamp evenly").getNumID()).isEqualTo(weigh.getNumID());
      assertThat(again.getNumID()).isNotEqualTo(weigh.getNumID());
      var override =
          document.getNumbering().getNum(again.getNumID()).getCTNum().getLvlOverrideArray(0);
      assertThat(override.getStartOverride().getVal()).isEqualTo(BigInteger.ONE);
    }
  }

  @Test
  void tablesAreWordTablesWithABoldHeaderRow() throws IOException {
    try (XWPFDocument document = render(SampleArticles.LLM_MARKDOWN)) {
      List<XWPFTable> tables = document.getTables();
      assertThat(tables).hasSize(1);
      XWPFTable table = tables.getFirst();
      assertThat(table.getNumberOfRows()).isEqualTo(3);
      assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Grind");
      assertThat(
              table.getRow(0).getCell(0).getParagraphs().getFirst().getRuns().getFirst().isBold())
          .isTrue();
      assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("15 s");
      assertThat(paragraph(document, "After the table.").getStyle()).isNull();
    }
  }

  @Test
  void linksAreHyperlinksAndFormattingIsKept() throws IOException {
    try (XWPFDocument document = render(SampleArticles.LLM_MARKDOWN)) {
      XWPFParagraph links = paragraph(document, "Read the guide or https://example.org.");
      List<String> urls =
          links.getRuns().stream()
              .filter(XWPFHyperlinkRun.class::isInstance)
              .map(run -> ((XWPFHyperlinkRun) run).getHyperlink(document).getURL())
              .toList();
      assertThat(urls).containsExactly("https://example.com/guide", "https://example.org");

      var intro = paragraph(document, "Pull a great shot with fresh beans and 9 bar of pressure.");
      assertThat(intro.getRuns()).anyMatch(run -> run.text().equals("great") && run.isBold());
      assertThat(intro.getRuns()).anyMatch(run -> run.text().equals("fresh") && run.isItalic());
      assertThat(intro.getRuns())
          .anyMatch(run -> run.text().equals("9 bar") && "Consolas".equals(run.getFontFamily()));
      assertThat(paragraph(document, "Coffee is a language in itself.").getStyle())
          .isEqualTo("Quote");
      assertThat(paragraph(document, "ratio = 1:2").getStyle()).isEqualTo("Code");
    }
  }

  @Test
  void unsafeLinksStayTextAndTitleAndKeywordsAreDocumentProperties() throws IOException {
    try (XWPFDocument document = render("No heading. [click](javascript:alert(1))")) {
      assertThat(document.getParagraphs().getFirst().getStyle()).isEqualTo("Title");
      assertThat(document.getParagraphs().getFirst().getText()).isEqualTo("Espresso at Home");
      assertThat(document.getParagraphs().get(1).getRuns())
          .noneMatch(XWPFHyperlinkRun.class::isInstance);
      var core = document.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo("Espresso at Home");
      assertThat(core.getKeywords()).isEqualTo("espresso at home");
      assertThat(core.getDescription()).startsWith("How to pull espresso");
    }
  }
}
