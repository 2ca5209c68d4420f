package com.bulkwriter.batch.web;

import com.bulkwriter.batch.BatchStatus;
import com.bulkwriter.batch.internal.BatchQuery;
import com.bulkwriter.batch.internal.BatchQuery.Archived;
import com.bulkwriter.batch.internal.BatchQuery.SearchIn;
import com.bulkwriter.batch.internal.BatchQuery.Sort;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The search, filter and order parameters of the batches list, as sent; {@link #query} checks them
 * all and refuses bad ones together, each naming its parameter.
 */
record BatchListParameters(
    @Parameter(description = "text to find in the batch's name or keywords (case-insensitive)")
        String q,
    @Parameter(description = "where q is looked for: all (default), name or keyword")
        String searchIn,
    @Parameter(description = "created at or after: an ISO-8601 instant or a date (UTC)")
        String createdFrom,
    @Parameter(description = "created before: an ISO-8601 instant or a date (UTC)")
        String createdBefore,
    @Parameter(description = "false (default): not archived; true: only archived; all")
        String archived,
    @Parameter(description = "only this user's batches (admins only)") String owner,
    @Parameter(description = "created (default), name, status or articles") String sort,
    @Parameter(description = "asc or desc; default desc for created and articles, else asc")
        String order) {

  static final int MAX_QUERY_LENGTH = 200;

  private static final Map<String, SearchIn> SEARCH_IN =
      Map.of("all", SearchIn.ALL, "name", SearchIn.NAME, "keyword", SearchIn.KEYWORD);
  private static final Map<String, Archived> ARCHIVED =
      Map.of("false", Archived.EXCLUDED, "true", Archived.ONLY, "all", Archived.INCLUDED);
  private static final Map<String, Sort> SORTS =
      Map.of(
          "created", Sort.CREATED,
          "name", Sort.NAME,
          "status", Sort.STATUS,
          "articles", Sort.ARTICLES);
  private static final Map<String, Boolean> ORDERS = Map.of("asc", false, "desc", true);

  BatchQuery query(BatchStatus status) {
    List<InputError> errors = new ArrayList<>();
    String text = blankToNull(q);
    if (text != null && text.length() > MAX_QUERY_LENGTH) {
      errors.add(
          InputError.field(
              "q", "is %d characters long; at most %d".formatted(text.length(), MAX_QUERY_LENGTH)));
    }
    SearchIn in = choice("searchIn", searchIn, SEARCH_IN, SearchIn.ALL, errors);
    Archived shown = choice("archived", archived, ARCHIVED, Archived.EXCLUDED, errors);
    Sort by = choice("sort", sort, SORTS, Sort.CREATED, errors);
    boolean defaultDescending = by == Sort.CREATED || by == Sort.ARTICLES;
    boolean descending = choice("order", order, ORDERS, defaultDescending, errors);
    Instant from = instant("createdFrom", createdFrom, errors);
    Instant before = instant("createdBefore", createdBefore, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          "The list parameters are not valid: "
              + errors.getFirst().field()
              + " "
              + errors.getFirst().message(),
          errors);
    }
    return new BatchQuery(
        text, in, status, from, before, shown, blankToNull(owner), by, descending);
  }

  private static <T> T choice(
      String name, String value, Map<String, T> choices, T fallback, List<InputError> errors) {
    String key = blankToNull(value);
    if (key == null) {
      return fallback;
    }
    T chosen = choices.get(key.toLowerCase(Locale.ROOT));
    if (chosen == null) {
      errors.add(
          InputError.field(
              name,
              "'%s' is not one of %s".formatted(key, choices.keySet().stream().sorted().toList())));
      return fallback;
    }
    return chosen;
  }

  private static Instant instant(String name, String value, List<InputError> errors) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
          : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(
          InputError.field(
              name,
              "'%s' is not an ISO-8601 instant (2026-12-01T09:00:00Z) or date (2026-12-01)"
                  .formatted(text)));
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
