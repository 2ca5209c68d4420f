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

  /** The longest title, slug and meta description the articles table keeps (V1). */
  public static final int MAX_TITLE_LENGTH = 500;

  public static final int MAX_SLUG_LENGTH = 200;
  public static final int MAX_META_LENGTH = 200;

  /**
   * A provider's answer is input like any other: a title or label longer than its column, or a
   * control character (PostgreSQL refuses NUL in text), would make the paid answer unstorable.
   * Lines are cut and control characters dropped here, where every provider's answer passes.
   */
  public GeneratedArticle {
    title = line(title, MAX_TITLE_LENGTH);
    slug = line(slug, MAX_SLUG_LENGTH);
    metaDescription = line(metaDescription, MAX_META_LENGTH);
    markdown = withoutControls(markdown);
    usage = usage == null ? TokenUsage.NONE : usage;
  }

  /** One line: control characters and line breaks become spaces; at most {@code max} chars. */
  private static String line(String text, int max) {
    if (text == null) {
      return null;
    }
    StringBuilder clean = new StringBuilder(Math.min(text.length(), max));
    text.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c).forEach(clean::appendCodePoint);
    String stripped = clean.toString().strip();
    if (stripped.length() <= max) {
      return stripped;
    }
    int end = Character.isHighSurrogate(stripped.charAt(max - 1)) ? max - 1 : max;
    return stripped.substring(0, end).strip();
  }

  /** The text without control characters other than tab and line breaks. */
  private static String withoutControls(String text) {
    if (text == null || text.chars().noneMatch(GeneratedArticle::isDropped)) {
      return text;
    }
    StringBuilder clean = new StringBuilder(text.length());
    text.chars().filter(c -> !isDropped(c)).forEach(c -> clean.append((char) c));
    return clean.toString();
  }

  private static boolean isDropped(int c) {
    return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
  }

  /** An article that cost no tokens (the offline draft engine). */
  public GeneratedArticle(
      String title, String slug, String metaDescription, String markdown, int wordCount) {
    this(title, slug, metaDescription, markdown, wordCount, TokenUsage.NONE);
  }
}
