package com.bulkwriter.export.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * An article as one standalone, semantic HTML page: language, title, description and keywords in
 * the head, the body in {@code <main><article>}, a little readable CSS, nothing loaded from
 * elsewhere. Raw HTML in the Markdown is escaped, never passed through, and a Content Security
 * Policy lets the page run no script, load nothing remote and submit nowhere, whatever it holds.
 */
final class HtmlRenderer {

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;line-height:1.6;max-width:46rem;margin:2rem auto;"
          + "padding:0 1rem;color:#1a1a1a}table{border-collapse:collapse}th,td{border:1px solid"
          + " #ccc;padding:.3rem .6rem}blockquote{margin-left:0;padding-left:1rem;border-left:3px"
          + " solid #ccc;color:#555}pre,code{background:#f4f4f4}pre{padding:.6rem;overflow:auto}";

  /** Only this page's own style sheet (by its hash) and images beside the page. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src '"
          + sha256(STYLE)
          + "'; img-src 'self'; base-uri 'none'; form-action 'none'";

  private HtmlRenderer() {}

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  static String render(ArticleSource source) {
    var article = source.article();
    StringBuilder page = new StringBuilder(8192);
    page.append("<!DOCTYPE html>\n<html lang=\"")
        .append(escape(source.language()))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CONTENT_SECURITY_POLICY)
        .append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(source.title()))
        .append("</title>\n");
    meta(page, "description", article.metaDescription());
    meta(page, "keywords", article.keyword());
    meta(page, "generator", "Bulkwriter");
    page.append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n<article>\n");
    if (!source.startsWithTitle()) {
      page.append("<h1>").append(escape(source.title())).append("</h1>\n");
    }
    Markdown.HTML.render(source.document(), page);
    page.append("</article>\n</main>\n</body>\n</html>\n");
    return page.toString();
  }

  private static void meta(StringBuilder page, String name, String content) {
    if (content != null && !content.isBlank()) {
      page.append("<meta name=\"")
          .append(name)
          .append("\" content=\"")
          .append(escape(content))
          .append("\">\n");
    }
  }

  /** Text for HTML content and double-quoted attributes. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
