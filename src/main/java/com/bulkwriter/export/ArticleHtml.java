package com.bulkwriter.export;

import com.bulkwriter.batch.WrittenArticle;
import com.bulkwriter.export.internal.HtmlBody;

/**
 * A written article as HTML for other modules (publishing to a site): the title, and the body
 * rendered exactly as the HTML export renders it (same Markdown normaliser, raw HTML escaped,
 * unsafe links and remote images turned into text), without the page around it.
 *
 * @param title the stored title, else the first heading, else the keyword
 * @param body the body as an HTML fragment, without a leading level-1 heading that repeats the
 *     title
 */
public record ArticleHtml(String title, String body) {

  /** Renders a SUCCEEDED article (one with Markdown). */
  public static ArticleHtml of(WrittenArticle article) {
    return HtmlBody.render(article);
  }
}
