package com.bulkwriter.support;

/**
 * A page asked for by a client, clamped to sane bounds.
 *
 * @param page zero-based page number
 * @param size items per page, 1 to {@link #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 500;

  public PageRequest {
    page = Math.max(0, page);
    size = Math.clamp(size, 1, MAX_SIZE);
  }

  public long offset() {
    return (long) page * size;
  }
}
