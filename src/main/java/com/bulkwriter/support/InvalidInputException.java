package com.bulkwriter.support;

import java.util.List;

/** A request that cannot be accepted as it is; answered with 400 and every {@link InputError}. */
public class InvalidInputException extends RuntimeException {

  private final List<InputError> errors;

  public InvalidInputException(String message, List<InputError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  public List<InputError> errors() {
    return errors;
  }
}
