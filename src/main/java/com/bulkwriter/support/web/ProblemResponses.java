package com.bulkwriter.support.web;

import com.bulkwriter.support.ConflictException;
import com.bulkwriter.support.ForbiddenException;
import com.bulkwriter.support.InvalidInputException;
import com.bulkwriter.support.NotFoundException;
import com.bulkwriter.support.TooManyRequestsException;
import com.bulkwriter.support.UnprocessableException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure of an API request into RFC 7807 problem+json: Spring MVC's own (malformed
 * body, wrong media type, ...) through the base class, Bulkwriter's through the handlers below.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

  @ExceptionHandler
  ProblemDetail invalidInput(InvalidInputException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Invalid request");
    problem.setProperty("errors", e.errors());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail notFound(NotFoundException e) {
    return titled(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail forbidden(ForbiddenException e) {
    return titled(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail conflict(ConflictException e) {
    return titled(HttpStatus.CONFLICT, "Conflict with the current state", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail unprocessable(UnprocessableException e) {
    return titled(HttpStatus.UNPROCESSABLE_CONTENT, "Request refused", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail tooMany(TooManyRequestsException e) {
    ProblemDetail problem = titled(HttpStatus.TOO_MANY_REQUESTS, "Limit reached", e.getMessage());
    problem.setProperty("limit", e.limit());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail tooLarge(PayloadTooLargeException e) {
    return titled(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", e.getMessage());
  }

  /** A path id that is not even a UUID names nothing that exists. */
  @ExceptionHandler
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    if (e.getParameter()
        .hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
      return titled(
          HttpStatus.NOT_FOUND, "Not found", "No such " + e.getName() + ": " + e.getValue());
    }
    return titled(
        HttpStatus.BAD_REQUEST,
        "Invalid request",
        "Parameter " + e.getName() + " has an invalid value: " + e.getValue());
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Throwable cause = ex.getMostSpecificCause();
    if (cause instanceof PayloadTooLargeException tooLarge) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
    }
    ProblemDetail problem =
        titled(HttpStatus.BAD_REQUEST, "Malformed request body", unreadable(cause));
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  /**
   * Why the body could not be read, without the names of the classes it was read into: a value of
   * the wrong type is named by its place in the JSON ({@code formats[0]}).
   */
  static String unreadable(Throwable cause) {
    if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (JacksonException.Reference reference : json.getPath()) {
        if (reference.getPropertyName() != null) {
          path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
        } else if (reference.getIndex() >= 0) {
          path.append('[').append(reference.getIndex()).append(']');
        }
      }
      return "The body could not be read: %s has a value of the wrong type or shape"
          .formatted(path.isEmpty() ? "a value" : path);
    }
    String message =
        cause instanceof JacksonException json ? json.getOriginalMessage() : cause.getMessage();
    return "The body could not be read: " + withoutClassNames(firstLine(message));
  }

  /** {@code java.util.ArrayList} → {@code ArrayList}: no package of ours, or anyone's, leaks. */
  private static String withoutClassNames(String text) {
    return text.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)", "$1");
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "empty or unreadable";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static ProblemDetail titled(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
