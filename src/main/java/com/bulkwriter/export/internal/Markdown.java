package com.bulkwriter.export.internal;

import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** The one CommonMark + GFM tables parser of exports; thread-safe, built once. */
final class Markdown {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  /** HTML with raw HTML of the source escaped; unsafe links are gone since {@link #parse}. */
  static final HtmlRenderer HTML =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

  private Markdown() {}

  /** Parses Markdown already repaired by {@link MarkdownNormalizer}. */
  static Node parse(String normalized) {
    Node document = PARSER.parse(normalized);
    unlinkUnsafe(document);
    return document;
  }

  /** Turns links and images with a script (or other unsafe) address into their plain text. */
  private static void unlinkUnsafe(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      String destination =
          switch (child) {
            case Link link -> link.getDestination();
            case Image image -> image.getDestination();
            default -> null;
          };
      if (destination != null && !isSafeLink(destination)) {
        child.insertBefore(new Text(text(child)));
        child.unlink();
      } else {
        unlinkUnsafe(child);
      }
      child = next;
    }
  }

  /** The text of an inline subtree without any markup: link text, a table cell, a title. */
  static String text(Node node) {
    StringBuilder text = new StringBuilder();
    appendText(node, text);
    return text.toString();
  }

  private static void appendText(Node node, StringBuilder text) {
    switch (node) {
      case Text t -> text.append(t.getLiteral());
      case Code c -> text.append(c.getLiteral());
      case HtmlInline h -> text.append(h.getLiteral());
      case SoftLineBreak s -> text.append(' ');
      case HardLineBreak h -> text.append('\n');
      default -> {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
          appendText(child, text);
        }
      }
    }
  }

  /** Whether a link target is one a document may make clickable (web, mail, or relative). */
  static boolean isSafeLink(String destination) {
    if (destination == null || destination.isBlank()) {
      return false;
    }
    String lower = destination.strip().toLowerCase(Locale.ROOT);
    int colon = lower.indexOf(':');
    int slash = lower.indexOf('/');
    boolean hasScheme = colon > 0 && (slash < 0 || colon < slash);
    return !hasScheme
        || lower.startsWith("http:")
        || lower.startsWith("https:")
        || lower.startsWith("mailto:");
  }
}
