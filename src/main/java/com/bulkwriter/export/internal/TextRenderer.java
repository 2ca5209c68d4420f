package com.bulkwriter.export.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * An article as plain text a person would paste: headings and paragraphs separated by blank lines,
 * bullets as "•", numbered items as "1.", links as "text (address)", tables as aligned columns,
 * quotes and code indented. No Markdown symbol is left.
 */
final class TextRenderer {

  private final StringBuilder out = new StringBuilder(4096);
  private String indent = "";

  private TextRenderer() {}

  static String render(ArticleSource source) {
    TextRenderer renderer = new TextRenderer();
    if (!source.startsWithTitle()) {
      renderer.out.append(source.title()).append("\n\n");
    }
    renderer.blocks(source.document());
    return renderer.out.toString().strip() + "\n";
  }

  private void blocks(Node parent) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      block(node);
    }
  }

  private void block(Node node) {
    switch (node) {
      case Heading heading -> paragraph(inline(heading), false);
      case Paragraph paragraph -> paragraph(inline(paragraph), inTightList(paragraph));
      case ListBlock list -> list(list);
      case BlockQuote quote -> nested("    ", quote);
      case FencedCodeBlock code -> lines(code.getLiteral());
      case IndentedCodeBlock code -> lines(code.getLiteral());
      case HtmlBlock html -> lines(html.getLiteral());
      case ThematicBreak rule -> out.append('\n');
      case TableBlock table -> table(table);
      default -> blocks(node);
    }
  }

  private void paragraph(String text, boolean tight) {
    for (String line : text.split("\n", -1)) {
      out.append(indent).append(line).append('\n');
    }
    if (!tight) {
      out.append('\n');
    }
  }

  private static boolean inTightList(Node node) {
    return node.getParent() instanceof ListItem item
        && item.getParent() instanceof ListBlock list
        && list.isTight();
  }

  private void lines(String literal) {
    for (String line : literal.stripTrailing().split("\n", -1)) {
      out.append(indent).append("    ").append(line).append('\n');
    }
    out.append('\n');
  }

  private void nested(String more, Node parent) {
    String outer = indent;
    indent = outer + more;
    blocks(parent);
    indent = outer;
  }

  private void list(ListBlock list) {
    int number =
        list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
            ? ordered.getMarkerStartNumber()
            : 1;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext(), number++) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      String marker = list instanceof BulletList ? "• " : number + ". ";
      int start = out.length();
      nested(" ".repeat(marker.length()), item);
      // put the marker in front of the item's first line
      int first = start + indent.length();
      if (out.length() >= first + marker.length()) {
        out.replace(first, first + marker.length(), marker);
      }
    }
    boolean nested = list.getParent() instanceof ListItem;
    if (!nested && out.length() >= 2 && out.charAt(out.length() - 2) != '\n') {
      out.append('\n');
    }
  }

  private void table(TableBlock table) {
    List<List<String>> rows = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          String text = inline(cell).replace('\n', ' ');
          if (widths.size() <= cells.size()) {
            widths.add(0);
          }
          widths.set(cells.size(), Math.max(widths.get(cells.size()), text.length()));
          cells.add(text);
        }
        rows.add(cells);
      }
    }
    for (List<String> cells : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < cells.size(); c++) {
        line.append(c == 0 ? "" : "   ").append(cells.get(c));
        if (c < cells.size() - 1) {
          line.append(" ".repeat(widths.get(c) - cells.get(c).length()));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    out.append('\n');
  }

  /** The text of inline content, links followed by their address when it differs. */
  private static String inline(Node parent) {
    StringBuilder text = new StringBuilder();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Link link) {
        String label = Markdown.text(link);
        String address = link.getDestination();
        text.append(label);
        if (Markdown.isSafeLink(address) && !label.equals(address) && !address.isBlank()) {
          text.append(" (").append(address.strip()).append(')');
        }
      } else if (node.getFirstChild() != null) {
        text.append(inline(node));
      } else {
        text.append(Markdown.text(node));
      }
    }
    return text.toString();
  }
}
