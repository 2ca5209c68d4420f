package com.bulkwriter.support.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem+json body of an error that no controller answered: one the servlet container raised
 * itself (a malformed URL, an encoded slash, a bad header) or one that escaped every handler. It
 * says what kind of error it was and nothing of the inside; an unexpected (5xx) one carries an
 * error id that is also in the log line with the details.
 */
final class ContainerProblems {

  static final String PROBLEM_JSON = "application/problem+json";

  private static final Logger log = LoggerFactory.getLogger(ContainerProblems.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ContainerProblems() {}

  /** Writes the problem for {@code status}, logging {@code failure} under a new error id if 5xx. */
  static void write(int status, String path, Throwable failure, Writer out) throws IOException {
    out.write(JSON.writeValueAsString(body(status, path, failure)));
  }

  static Map<String, Object> body(int status, String path, Throwable failure) {
    HttpStatus known = HttpStatus.resolve(status);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", known != null ? known.getReasonPhrase() : "Error");
    problem.put("status", status);
    problem.put("detail", detail(status));
    if (status >= 500) {
      String errorId = UUID.randomUUID().toString();
      log.error("Unexpected error {} answering {}", errorId, path, failure);
      problem.put("errorId", errorId);
    }
    return problem;
  }

  private static String detail(int status) {
    return switch (status) {
      case 400 ->
          "The request could not be read: its address, encoding or headers are malformed"
              + " (encoded slashes and backslashes, '..' segments and invalid percent escapes are"
              + " refused).";
      case 404 -> "Nothing is found at this address.";
      case 405 -> "This address does not accept this method.";
      case 413, 431 -> "The request is too large.";
      case 505 -> "This HTTP version is not supported.";
      default ->
          status >= 500
              ? "Something went wrong on the server; the error id is in its log."
              : "The request was refused.";
    };
  }
}
