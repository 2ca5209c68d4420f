package com.bulkwriter.support;

/**
 * One thing wrong with a request, precise enough for a user to fix it.
 *
 * @param row 1-based row (item) number, or {@code null} when the error is not about a row
 * @param field the field, e.g. {@code keyword} or {@code settings.tone}
 * @param message what is wrong, in words a user understands
 */
public record InputError(Integer row, String field, String message) {

  public static InputError field(String field, String message) {
    return new InputError(null, field, message);
  }

  public static InputError row(int row, String field, String message) {
    return new InputError(row, field, message);
  }
}
