package com.bulkwriter.export.internal;

import com.bulkwriter.batch.WrittenArticle;
import com.bulkwriter.generation.MarkdownNormalizer;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * One article ready to render: its stored data with every text cleaned for XML ({@link XmlText}),
 * its Markdown after normalising, and the parsed document every format is rendered from (parsed
 * once, rendered up to four times).
 */
record ArticleSource(WrittenArticle article, String markdown, Node document) {

  static ArticleSource of(WrittenArticle stored) {
    WrittenArticle article = cleaned(stored);
    String markdown = MarkdownNormalizer.normalize(article.markdown());
    return new ArticleSource(article, markdown, Markdown.parse(markdown));
  }

  private static WrittenArticle cleaned(WrittenArticle a) {
    return new WrittenArticle(
        a.id(),
        a.batchId(),
        a.position(),
        XmlText.clean(a.keyword()),
        a.status(),
        XmlText.clean(a.title()),
        XmlText.clean(a.slug()),
        XmlText.clean(a.metaDescription()),
        XmlText.clean(a.markdown()),
        a.wordCount(),
        XmlText.clean(a.language()),
        a.usage(),
        a.createdAt(),
        a.finishedAt(),
        a.review(),
        a.reviewNote());
  }

  /** The title: the stored one, else the first heading, else the keyword. */
  String title() {
    if (article.title() != null && !article.title().isBlank()) {
      return article.title();
    }
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        return Markdown.text(heading);
      }
    }
    return article.keyword();
  }

  /** Whether the body opens with a level-1 heading, so renderers need not add the title. */
  boolean startsWithTitle() {
    return document.getFirstChild() instanceof Heading heading && heading.getLevel() == 1;
  }

  String language() {
    return article.language() == null ? "en" : article.language();
  }
}
