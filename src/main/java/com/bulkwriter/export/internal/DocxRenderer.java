package com.bulkwriter.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * An article as a Word document: real heading, list, quote and code styles, numbered lists with
 * real numbering, clickable links, tables, and title and keywords in the document properties.
 */
final class DocxRenderer {

  private record Format(boolean bold, boolean italic, boolean code) {
    static final Format PLAIN = new Format(false, false, false);
  }

  private record ListLevel(BigInteger num, int level) {}

  private final XWPFDocument document;
  private final DocxNumbering numbering;
  private final Deque<ListLevel> lists = new ArrayDeque<>();
  private boolean itemStarts;
  private int quotes;

  private DocxRenderer(XWPFDocument document) {
    this.document = document;
    this.numbering = new DocxNumbering(document);
  }

  static byte[] render(ArticleSource source) {
    try (XWPFDocument document = new XWPFDocument()) {
      DocxStyles.addTo(document);
      var core = document.getProperties().getCoreProperties();
      core.setTitle(source.title());
      core.setKeywords(source.article().keyword());
      core.setDescription(source.article().metaDescription());
      core.setCreator("Bulkwriter");
      core.getUnderlyingProperties().setLanguageProperty(source.language());
      DocxRenderer renderer = new DocxRenderer(document);
      if (!source.startsWithTitle()) {
        renderer.paragraph(DocxStyles.TITLE).createRun().setText(source.title());
      }
      renderer.blocks(source.document());
      ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a DOCX for " + source.article().id(), e);
    }
  }

  private void blocks(Node parent) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      block(node);
    }
  }

  private void block(Node node) {
    switch (node) {
      case Heading h -> inlines(paragraph(DocxStyles.heading(h.getLevel())), h, Format.PLAIN);
      case Paragraph p -> inlines(bodyParagraph(), p, Format.PLAIN);
      case BulletList list -> list(list, numbering.bullets());
      case OrderedList list -> {
        Integer start = list.getMarkerStartNumber();
        list(list, numbering.numbers(lists.size(), start == null ? 1 : start));
      }
      case BlockQuote quote -> {
        quotes++;
        blocks(quote);
        quotes--;
      }
      case FencedCodeBlock code -> code(code.getLiteral());
      case IndentedCodeBlock code -> code(code.getLiteral());
      case HtmlBlock html -> code(html.getLiteral());
      case ThematicBreak rule -> paragraph(null).setBorderBottom(Borders.SINGLE);
      case TableBlock table -> table(table);
      default -> blocks(node);
    }
  }

  private void list(ListBlock list, BigInteger num) {
    lists.push(new ListLevel(num, lists.size()));
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      itemStarts = item instanceof ListItem;
      blocks(item);
    }
    lists.pop();
    itemStarts = false;
  }

  private XWPFParagraph paragraph(String style) {
    XWPFParagraph paragraph = document.createParagraph();
    if (style != null) {
      paragraph.setStyle(style);
    }
    return paragraph;
  }

  /** A paragraph of running text: numbered when it opens a list item, indented within one. */
  private XWPFParagraph bodyParagraph() {
    ListLevel list = lists.peek();
    if (list == null) {
      return paragraph(quotes > 0 ? DocxStyles.QUOTE : null);
    }
    XWPFParagraph paragraph = paragraph(DocxStyles.LIST);
    if (itemStarts) {
      paragraph.setNumID(list.num());
      paragraph.setNumILvl(BigInteger.valueOf(list.level()));
      itemStarts = false;
    } else {
      paragraph.setIndentationLeft(720 * (list.level() + 1));
    }
    return paragraph;
  }

  private void code(String literal) {
    XWPFParagraph paragraph = paragraph(DocxStyles.CODE);
    String[] lines = literal.stripTrailing().split("\n", -1);
    XWPFRun run = paragraph.createRun();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i], i);
    }
  }

  private void table(TableBlock block) {
    List<Node> rows = new ArrayList<>();
    int columns = 0;
    for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        rows.add(row);
        int cells = 0;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          cells++;
        }
        columns = Math.max(columns, cells);
      }
    }
    if (rows.isEmpty() || columns == 0) {
      return;
    }
    XWPFTable table = document.createTable(rows.size(), columns);
    table.setWidth("100%");
    table.getRow(0).setRepeatHeader(true);
    for (int r = 0; r < rows.size(); r++) {
      Format format = r == 0 ? new Format(true, false, false) : Format.PLAIN;
      int c = 0;
      for (Node cell = rows.get(r).getFirstChild(); cell != null; cell = cell.getNext(), c++) {
        inlines(table.getRow(r).getCell(c).getParagraphs().getFirst(), cell, format);
      }
    }
    paragraph(null); // Word joins adjacent tables; keep them apart
  }

  private void inlines(XWPFParagraph paragraph, Node parent, Format format) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      inline(paragraph, node, format);
    }
  }

  private void inline(XWPFParagraph paragraph, Node node, Format format) {
    switch (node) {
      case Text text -> run(paragraph, text.getLiteral(), format);
      case Emphasis e -> inlines(paragraph, e, new Format(format.bold(), true, format.code()));
      case StrongEmphasis s -> inlines(paragraph, s, new Format(true, format.italic(), false));
      case Code code ->
          run(paragraph, code.getLiteral(), new Format(format.bold(), format.italic(), true));
      case Link link -> link(paragraph, link, format);
      case SoftLineBreak soft -> run(paragraph, " ", format);
      case HardLineBreak hard -> paragraph.createRun().addBreak();
      case HtmlInline html -> run(paragraph, html.getLiteral(), format);
      default -> inlines(paragraph, node, format);
    }
  }

  private void link(XWPFParagraph paragraph, Link link, Format format) {
    if (!Markdown.isSafeLink(link.getDestination())) {
      inlines(paragraph, link, format);
      return;
    }
    XWPFHyperlinkRun run = paragraph.createHyperlinkRun(link.getDestination().strip());
    String text = Markdown.text(link);
    run.setText(text.isEmpty() ? link.getDestination() : text);
    run.setStyle(DocxStyles.HYPERLINK);
    run.setBold(format.bold());
    run.setItalic(format.italic());
  }

  private static void run(XWPFParagraph paragraph, String text, Format format) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    if (format.bold()) {
      run.setBold(true);
    }
    if (format.italic()) {
      run.setItalic(true);
    }
    if (format.code()) {
      run.setFontFamily(DocxStyles.MONOSPACE);
    }
  }
}
