package com.bulkwriter.export.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
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

  /**
   * Turns links with an unsafe address ({@link #isSafeLink}) into their plain text, and every image
   * that is not relative into its description, so no exported document loads anything remote.
   */
  private static void unlinkUnsafe(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      boolean unsafe =
          switch (child) {
            case Link link -> !isSafeLink(link.getDestination());
            case Image image -> !isRelative(image.getDestination());
            default -> false;
          };
      if (unsafe) {
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

  /**
   * Whether a link target is one a document may make clickable: http(s), mailto or relative, and
   * one Java's URI parser (which Word's hyperlinks go through) accepts. Protocol-relative ({@code
   * //host/x}) and UNC ({@code \\host\share}) addresses reach other hosts, so they are not
   * relative; browsers ignore tabs and line breaks inside an address, so they do not hide a scheme.
   */
  static boolean isSafeLink(String destination) {
    if (destination == null || destination.isBlank() || !parses(destination.strip())) {
      return false;
    }
    String lower = squashed(destination);
    return lower.startsWith("http://")
        || lower.startsWith("https://")
        || lower.startsWith("mailto:")
        || isRelative(destination);
  }

  /** An address on the document's own host: no scheme, no other host, no Windows share. */
  static boolean isRelative(String destination) {
    if (destination == null || destination.isBlank() || !parses(destination.strip())) {
      return false;
    }
    String lower = squashed(destination);
    int colon = lower.indexOf(':');
    int slash = lower.indexOf('/');
    boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
    boolean otherHost = lower.startsWith("//") || lower.indexOf('\\') >= 0;
    return !hasScheme && !otherHost;
  }

  /** Lower case, without the whitespace and controls a browser skips in an address. */
  private static String squashed(String destination) {
    StringBuilder squashed = new StringBuilder(destination.length());
    destination
        .codePoints()
        .filter(c -> c > 0x20 && c != 0x7F)
        .forEach(c -> squashed.appendCodePoint(Character.toLowerCase(c)));
    return squashed.toString();
  }

  private static boolean parses(String destination) {
    try {
      new URI(destination);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
