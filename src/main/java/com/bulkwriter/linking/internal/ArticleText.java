package com.bulkwriter.linking.internal;

import com.bulkwriter.linking.LinkPlaceholders;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * What linking needs of an article's Markdown, read once with CommonMark: its headings (topic and
 * anchor phrases), the runs of plain text a link may go in with their positions in the source, and
 * the articles it already links to. Headings, code, images, raw HTML and existing links hold no
 * runs, so no link is ever put inside them.
 */
final class ArticleText {

  /** A run of plain text: {@code text} is exactly the source from {@code start}. */
  record Run(int start, String text) {}

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private final String markdown;
  private final List<String> headings = new ArrayList<>();
  private final List<Run> runs = new ArrayList<>();
  private final Set<UUID> linked = new LinkedHashSet<>();

  private ArticleText(String markdown) {
    this.markdown = markdown;
  }

  static ArticleText of(String markdown) {
    ArticleText text = new ArticleText(markdown == null ? "" : markdown);
    text.visit(PARSER.parse(text.markdown));
    return text;
  }

  String markdown() {
    return markdown;
  }

  /** Heading texts in order, level 1 first where the article has one. */
  List<String> headings() {
    return headings;
  }

  List<Run> runs() {
    return runs;
  }

  /** The articles it links to already (internal links only). */
  Set<UUID> linked() {
    return linked;
  }

  private void visit(Node node) {
    switch (node) {
      case Heading heading -> {
        headings.add(plain(heading).strip());
        return; // no links in headings
      }
      case Link link -> {
        LinkPlaceholders.target(link.getDestination()).ifPresent(linked::add);
        return; // nor in a link
      }
      case Image image -> {
        return; // nor in an image's description
      }
      case Text text -> run(text);
      default -> {}
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      visit(child);
    }
  }

  private void run(Text text) {
    List<SourceSpan> spans = text.getSourceSpans();
    if (spans.size() != 1) {
      return; // spread over lines: not one stretch of the source
    }
    SourceSpan span = spans.getFirst();
    int start = span.getInputIndex();
    int end = start + span.getLength();
    String literal = text.getLiteral();
    // escapes and entities make the source differ from the text: such runs are left alone
    if (start >= 0 && end <= markdown.length() && markdown.substring(start, end).equals(literal)) {
      runs.add(new Run(start, literal));
    }
  }

  private static String plain(Node node) {
    StringBuilder out = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      switch (child) {
        case Text text -> out.append(text.getLiteral());
        case Code code -> out.append(code.getLiteral());
        default -> out.append(plain(child));
      }
    }
    return out.toString();
  }
}
