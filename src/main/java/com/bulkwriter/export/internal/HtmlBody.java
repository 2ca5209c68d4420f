package com.bulkwriter.export.internal;

import com.bulkwriter.batch.WrittenArticle;
import com.bulkwriter.export.ArticleHtml;
import org.commonmark.node.Node;

/**
 * An article's body as an HTML fragment for a page that shows the title itself (a WordPress post):
 * the same normaliser, parser, link rules and renderer as the HTML export, without the page around
 * it and without an opening level-1 heading that only repeats the title.
 */
public final class HtmlBody {

  private HtmlBody() {}

  public static ArticleHtml render(WrittenArticle stored) {
    ArticleSource source = ArticleSource.of(stored);
    String title = source.title();
    Node document = source.document();
    if (source.startsWithTitle()) {
      document.getFirstChild().unlink();
    }
    StringBuilder html = new StringBuilder(8192);
    Markdown.HTML.render(document, html);
    return new ArticleHtml(title, html.toString());
  }
}
