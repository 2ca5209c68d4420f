package com.bulkwriter.editing.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One version of an article's content.
 *
 * @param author who saved it; {@code null} when the queue wrote it
 * @param restoredFrom for a RESTORED version, the version it brought back
 */
public record ArticleVersion(
    UUID articleId,
    int version,
    VersionReason reason,
    @Nullable String author,
    @Nullable Integer restoredFrom,
    String title,
    String slug,
    @Nullable String metaDescription,
    String markdown,
    int wordCount,
    Instant createdAt) {

  /** Whether this version has the same content as {@code edit}. */
  boolean sameContentAs(ArticleEdit edit) {
    return java.util.Objects.equals(title, edit.title())
        && java.util.Objects.equals(slug, edit.slug())
        && java.util.Objects.equals(metaDescription, edit.metaDescription())
        && java.util.Objects.equals(markdown, edit.markdown());
  }
}
