package com.bulkwriter.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * problem+json answers for requests the security filters stop before any controller runs: 401 for
 * no or bad credentials, 400 for credentials longer than any account's, 429 while sign-in is
 * throttled, 403 for a missing CSRF token or a role the user lacks. No {@code WWW-Authenticate:
 * Basic}, so browsers never pop up their own dialog.
 */
class Problems implements AuthenticationEntryPoint, AccessDeniedHandler {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    if (failure instanceof CredentialsTooLongException tooLong) {
      write(response, HttpStatus.BAD_REQUEST, "Sign-in refused", tooLong.getMessage());
      return;
    }
    if (failure instanceof LoginThrottledException throttled) {
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
      write(
          response,
          HttpStatus.TOO_MANY_REQUESTS,
          "Too many sign-in attempts",
          failure.getMessage());
      return;
    }
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"bulkwriter\"");
    write(
        response,
        HttpStatus.UNAUTHORIZED,
        "Sign-in required",
        switch (failure) {
          case InvalidTokenException invalid -> "The API token is unknown or revoked";
          case BadCredentialsException wrong -> "Wrong username or password";
          default -> "Sign in, or send an API token as Authorization: Bearer <token>";
        });
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    if (denied instanceof CsrfException && !signedIn() && !isLogin(request)) {
      // no session to protect: the caller simply has not signed in
      commence(
          request, response, new InsufficientAuthenticationException("Sign-in required", denied));
      return;
    }
    if (denied instanceof CsrfException) {
      write(
          response,
          HttpStatus.FORBIDDEN,
          "CSRF token missing or wrong",
          "Requests signed in with the session cookie must send the XSRF-TOKEN cookie's value"
              + " as the X-XSRF-TOKEN header");
      return;
    }
    write(response, HttpStatus.FORBIDDEN, "Forbidden", "This needs the ADMIN role");
  }

  private static boolean signedIn() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken);
  }

  private static boolean isLogin(HttpServletRequest request) {
    return "/api/auth/login".equals(request.getRequestURI());
  }

  static void write(HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    // title and detail are fixed texts of this package, never user input
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                .formatted(title, status.value(), detail));
  }
}
