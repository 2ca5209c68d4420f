package com.bulkwriter.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A failed sign-in inside a controller ({@code POST /api/auth/login}) answers like one stopped by
 * the filters: 401, or 429 with Retry-After while throttled.
 */
@RestControllerAdvice
class SignInProblems {

  private final Problems problems = new Problems();

  @ExceptionHandler
  void failed(
      AuthenticationException failure, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    problems.commence(request, response, failure);
  }
}
