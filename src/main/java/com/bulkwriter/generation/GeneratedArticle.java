package com.bulkwriter.generation;

/**
 * A finished article as a provider produced it.
 *
 * @param title the article title (also the H1 of the body)
 * @param slug URL slug derived from the title
 * @param metaDescription at most 160 characters
 * @param markdown the body in Markdown, starting with the H1 title
 * @param wordCount words in the body, as counted by {@link Words#count(String)}
 * @param usage tokens billed for it and their cost ({@link TokenUsage#NONE} for offline drafts)
 */
public record GeneratedArticle(
    String title,
    String slug,
    String metaDescription,
    String markdown,
    int wordCount,
    TokenUsage usage) {

  public GeneratedArticle {
    usage = usage == null ? TokenUsage.NONE : usage;
  }

  /** An article that cost no tokens (the offline draft engine). */
  public GeneratedArticle(
      String title, String slug, String metaDescription, String markdown, int wordCount) {
    this(title, slug, metaDescription, markdown, wordCount, TokenUsage.NONE);
  }
}
