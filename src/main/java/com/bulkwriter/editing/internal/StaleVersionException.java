package com.bulkwriter.editing.internal;

/**
 * A save or restore started from a version that is no longer the article's current one (someone
 * else saved meanwhile): answered with 412 and the current version.
 */
public class StaleVersionException extends RuntimeException {

  private final transient ArticleVersion current;

  StaleVersionException(int expected, ArticleVersion current) {
    super(
        "The article was changed meanwhile: you started from version %d, the current one is %d%s"
            .formatted(
                expected,
                current.version(),
                current.author() == null ? "" : " (saved by " + current.author() + ")"));
    this.current = current;
  }

  public ArticleVersion current() {
    return current;
  }
}
