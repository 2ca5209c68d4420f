package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.BatchStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the batches list shows: a search, filters and an order. Every filter is optional.
 *
 * @param text case-insensitive substring to find, or {@code null}
 * @param searchIn where {@code text} is looked for
 * @param status only batches in this status
 * @param createdFrom only batches created at or after this instant
 * @param createdBefore only batches created before this instant
 * @param archived which batches to show by their archived flag
 * @param owner only this owner's batches (an admin's filter; a user always sees only their own)
 * @param sort the order
 * @param descending whether the order is reversed (newest first, most articles first ...)
 */
public record BatchQuery(
    @Nullable String text,
    SearchIn searchIn,
    @Nullable BatchStatus status,
    @Nullable Instant createdFrom,
    @Nullable Instant createdBefore,
    Archived archived,
    @Nullable String owner,
    Sort sort,
    boolean descending) {

  /** The default list: live, unarchived batches, newest first. */
  public static final BatchQuery NEWEST =
      new BatchQuery(
          null, SearchIn.ALL, null, null, null, Archived.EXCLUDED, null, Sort.CREATED, true);

  /** Where a search term is looked for. */
  public enum SearchIn {
    /** the batch's name or any of its keywords */
    ALL,
    NAME,
    /** a batch matches when one of its articles' keywords contains the term */
    KEYWORD
  }

  /** Archived batches: hidden (the default), the only ones shown, or shown with the others. */
  public enum Archived {
    EXCLUDED,
    ONLY,
    INCLUDED
  }

  /**
   * The orders the list offers, each with its SQL; ties go newest first, then by id, so that pages
   * never overlap.
   */
  public enum Sort {
    CREATED("b.created_at"),
    NAME("lower(b.name)"),
    /** running, paused, completed, cancelled: the ones that need attention first */
    STATUS(
        "CASE b.status WHEN 'RUNNING' THEN 0 WHEN 'PAUSED' THEN 1 WHEN 'COMPLETED' THEN 2 ELSE 3 END"),
    /** the number of articles */
    ARTICLES("b.total");

    private final String column;

    Sort(String column) {
      this.column = column;
    }

    String orderBy(boolean descending) {
      String direction = descending ? " DESC" : " ASC";
      return this == CREATED
          ? column + direction + ", b.id"
          : column + direction + ", b.created_at DESC, b.id";
    }
  }

  String namePattern() {
    return text != null && searchIn != SearchIn.KEYWORD ? KeywordText.pattern(text) : null;
  }

  String keywordPattern() {
    return text != null && searchIn != SearchIn.NAME ? KeywordText.pattern(text) : null;
  }
}
