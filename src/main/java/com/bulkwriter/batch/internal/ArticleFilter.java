package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.ReviewState;
import com.bulkwriter.support.InputError;
import java.util.List;
import java.util.Locale;

/**
 * Which of a batch's articles a list shows, or a bulk action on "all matching" takes: by state, by
 * review state and by a search in keyword and title (case-insensitive, anywhere in the text). A
 * {@code null} part matches everything.
 */
public record ArticleFilter(ArticleState status, ReviewState review, String search) {

  public static final ArticleFilter ALL = new ArticleFilter(null, null, null);

  /** Longest search text, as on the batch page. */
  public static final int MAX_SEARCH_LENGTH = 200;

  /**
   * The filter a request sends as text ({@code filter.status}, {@code filter.review}, {@code
   * filter.search}), or null with each wrong part named in {@code errors}.
   */
  public static ArticleFilter parse(
      String status, String review, String search, List<InputError> errors) {
    int before = errors.size();
    ArticleState state = choice(ArticleState.class, status, "filter.status", errors);
    ReviewState reviewState = choice(ReviewState.class, review, "filter.review", errors);
    if (search != null && search.length() > MAX_SEARCH_LENGTH) {
      errors.add(
          InputError.field("filter.search", "at most %d characters".formatted(MAX_SEARCH_LENGTH)));
    }
    return errors.size() > before ? null : new ArticleFilter(state, reviewState, search);
  }

  /** The constant {@code value} names (any case); null when absent; a wrong one is named. */
  public static <E extends Enum<E>> E choice(
      Class<E> type, String value, String field, List<InputError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(
          InputError.field(
              field, "'%s' is not one of %s".formatted(value, List.of(type.getEnumConstants()))));
      return null;
    }
  }

  public ArticleFilter {
    search = search == null || search.isBlank() ? null : search.strip();
  }

  /** The search as a lower-case SQL LIKE pattern with its wildcards escaped, or null. */
  public String searchPattern() {
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

  public String statusName() {
    return status == null ? null : status.name();
  }

  public String reviewName() {
    return review == null ? null : review.name();
  }
}
