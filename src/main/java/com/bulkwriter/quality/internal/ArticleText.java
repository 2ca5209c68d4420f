package com.bulkwriter.quality.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * An article's Markdown as the checks read it, parsed with commonmark: its headings with their
 * levels, and the text of its paragraphs (in lists and quotes too) without any Markdown symbol.
 * Code and raw HTML are not prose and are left out.
 *
 * @param headings every heading in document order
 * @param paragraphs the plain text of every paragraph in document order
 */
record ArticleText(List<Heading> headings, List<String> paragraphs) {

  /** One heading: its level (1 for H1) and its text. */
  record Heading(int level, String text) {}

  private static final Parser PARSER = Parser.builder().build();

  static ArticleText of(String markdown) {
    Node document = PARSER.parse(markdown == null ? "" : markdown);
    List<Heading> headings = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.Heading heading) {
            headings.add(new Heading(heading.getLevel(), inline(heading)));
          }

          @Override
          public void visit(Paragraph paragraph) {
            String text = inline(paragraph);
            if (!text.isBlank()) {
              paragraphs.add(text);
            }
          }

          @Override
          public void visit(FencedCodeBlock code) {}

          @Override
          public void visit(IndentedCodeBlock code) {}

          @Override
          public void visit(HtmlBlock html) {}
        });
    return new ArticleText(List.copyOf(headings), List.copyOf(paragraphs));
  }

  /** The text of the H1 headings. */
  List<String> h1s() {
    return headings.stream().filter(h -> h.level() == 1).map(Heading::text).toList();
  }

  /** All the prose, paragraph after paragraph. */
  String prose() {
    return String.join("\n\n", paragraphs);
  }

  /** The first {@code count} words of the prose (after the H1, which is not a paragraph). */
  String firstWords(int count) {
    List<String> words = Words.of(prose());
    return String.join(" ", words.subList(0, Math.min(count, words.size())));
  }

  private static String inline(Node parent) {
    StringBuilder text = new StringBuilder();
    parent.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text node) {
            text.append(node.getLiteral());
          }

          @Override
          public void visit(Code node) {
            text.append(node.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak node) {
            text.append(' ');
          }

          @Override
          public void visit(HardLineBreak node) {
            text.append(' ');
          }
        });
    return text.toString().strip();
  }
}
