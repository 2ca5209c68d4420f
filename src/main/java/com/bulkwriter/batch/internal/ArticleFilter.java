package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.ReviewState;
import java.util.Locale;

/**
 * Which of a batch's articles a list shows, or a bulk action on "all matching" takes: by state, by
 * review state and by a search in keyword and title (case-insensitive, anywhere in the text). A
 * {@code null} part matches everything.
 */
public record ArticleFilter(ArticleState status, ReviewState review, String search) {

  public static final ArticleFilter ALL = new ArticleFilter(null, null, null);

  public ArticleFilter {
    search = search == null || search.isBlank() ? null : search.strip();
  }

  /** The search as a lower-case SQL LIKE pattern with its wildcards escaped, or null. */
  String searchPattern() {
    if (search == null) {
      return null;
    }
    String escaped =
        search
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }

  String statusName() {
    return status == null ? null : status.name();
  }

  String reviewName() {
    return review == null ? null : review.name();
  }
}
