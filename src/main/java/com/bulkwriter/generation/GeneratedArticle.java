package com.bulkwriter.generation;

/**
 * A finished article as a provider produced it.
 *
 * @param title the article title (also the H1 of the body)
 * @param slug URL slug derived from the title
 * @param metaDescription at most 160 characters
 * @param markdown the body in Markdown, starting with the H1 title
 * @param wordCount words in the body, as counted by {@link Words#count(String)}
 */
public record GeneratedArticle(
    String title, String slug, String metaDescription, String markdown, int wordCount) {}
