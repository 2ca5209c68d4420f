package com.bulkwriter.support;

import java.util.ArrayList;
import java.util.List;

/**
 * A page asked for by a client. Out-of-range values are refused, naming the parameter and the
 * range, rather than quietly changed: a client that asks for 10,000 items should learn it gets at
 * most 500.
 *
 * @param page zero-based page number, 0 or more
 * @param size items per page, 1 to {@link #MAX_SIZE}
 * @throws InvalidInputException when either is out of range
 */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 500;

  public PageRequest {
    List<InputError> errors = new ArrayList<>(2);
    if (page < 0) {
      errors.add(InputError.field("page", "%d is out of range; use 0 or more".formatted(page)));
    }
    if (size < 1 || size > MAX_SIZE) {
      errors.add(
          InputError.field("size", "%d is out of range; use 1 to %d".formatted(size, MAX_SIZE)));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          "The page parameters are out of range: "
              + errors.getFirst().field()
              + " "
              + errors.getFirst().message(),
          errors);
    }
  }

  public long offset() {
    return (long) page * size;
  }
}
