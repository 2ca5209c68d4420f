package com.bulkwriter.support;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param content the items on this page
 * @param page zero-based page number
 * @param size the requested page size
 * @param totalElements items over all pages
 * @param totalPages number of pages
 */
public record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

  public static <T> PageOf<T> of(List<T> content, PageRequest request, long total) {
    int pages = (int) ((total + request.size() - 1) / request.size());
    return new PageOf<>(content, request.page(), request.size(), total, pages);
  }

  public <R> PageOf<R> map(Function<T, R> mapper) {
    return new PageOf<>(
        content.stream().map(mapper).toList(), page, size, totalElements, totalPages);
  }
}
