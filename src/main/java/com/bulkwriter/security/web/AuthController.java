package com.bulkwriter.security.web;

import com.bulkwriter.security.CurrentOwner;
import com.bulkwriter.security.internal.AccountService;
import com.bulkwriter.security.internal.ApiToken;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Signing in to the web UI, changing one's own password, and each user's personal API tokens. */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "Accounts", description = "Sign-in and personal API tokens")
class AuthController {

  private final AuthenticationManager authentication;
  private final HttpSessionSecurityContextRepository contexts;
  private final CsrfAuthenticationStrategy csrf;
  private final ChangeSessionIdAuthenticationStrategy sessionFixation =
      new ChangeSessionIdAuthenticationStrategy();
  private final AccountService accounts;
  private final CurrentOwner owner;

  AuthController(
      AuthenticationManager authentication,
      HttpSessionSecurityContextRepository contexts,
      CookieCsrfTokenRepository csrfTokens,
      AccountService accounts,
      CurrentOwner owner) {
    this.authentication = authentication;
    this.contexts = contexts;
    this.csrf = new CsrfAuthenticationStrategy(csrfTokens);
    this.accounts = accounts;
    this.owner = owner;
  }

  record Credentials(String username, String password) {}

  record Me(String username, String role) {}

  record NewToken(String name) {}

  record PasswordChange(String currentPassword, String newPassword) {}

  @Operation(
      summary = "Sign in to the web UI",
      description =
          "Starts a session (cookie). Later requests that change something must send the"
              + " XSRF-TOKEN cookie's value as the X-XSRF-TOKEN header. 401 for wrong"
              + " credentials, 429 when too many attempts failed.")
  @PostMapping("/login")
  Me login(
      @RequestBody Credentials credentials,
      HttpServletRequest request,
      HttpServletResponse response) {
    var attempt =
        UsernamePasswordAuthenticationToken.unauthenticated(
            credentials.username(), credentials.password());
    attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
    Authentication signedIn = authentication.authenticate(attempt);
    sessionFixation.onAuthentication(signedIn, request, response);
    csrf.onAuthentication(signedIn, request, response);
    if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken fresh) {
      fresh.getToken(); // sends the new XSRF-TOKEN cookie with this answer
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(signedIn);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    return me();
  }

  @Operation(
      summary = "Change your own password",
      description =
          "Needs the current password (throttled like a sign-in; 400 naming currentPassword when"
              + " it is wrong) and a new one that passes the password policy. Every other session"
              + " of yours ends; the one that asked goes on; your API tokens stay.")
  @PostMapping("/password")
  ResponseEntity<Void> changePassword(
      @RequestBody PasswordChange body, HttpServletRequest request, HttpServletResponse response) {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    var check =
        UsernamePasswordAuthenticationToken.unauthenticated(owner.get(), body.currentPassword());
    check.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
    try {
      authentication.authenticate(check);
    } catch (BadCredentialsException wrong) {
      throw new InvalidInputException(
          "The current password is wrong.",
          List.of(InputError.field("currentPassword", "is not your current password")));
    }
    Authentication continued = accounts.changeOwnPassword(current, body.newPassword());
    if (contexts.containsContext(request)) {
      request.changeSessionId();
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(continued);
      SecurityContextHolder.setContext(context);
      contexts.saveContext(context, request, response);
    }
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Who is signed in (401 when nobody)")
  @GetMapping("/me")
  Me me() {
    return new Me(owner.get(), owner.isAdmin() ? "ADMIN" : "USER");
  }

  @Operation(
      summary = "Create a personal API token",
      description =
          "Accepts HTTP Basic or a signed-in session. The token is in the answer once and never"
              + " again; send it as Authorization: Bearer <token>.")
  @PostMapping("/tokens")
  ResponseEntity<Map<String, String>> createToken(@RequestBody(required = false) NewToken body) {
    String token = accounts.createToken(owner.get(), body == null ? null : body.name());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("token", token));
  }

  @Operation(summary = "Your live API tokens (never the tokens themselves)")
  @GetMapping("/tokens")
  List<ApiToken> tokens() {
    return accounts.tokens(owner.get());
  }

  @Operation(summary = "Revoke one of your API tokens; it stops working at once")
  @DeleteMapping("/tokens/{id}")
  ResponseEntity<Void> revoke(@PathVariable UUID id) {
    accounts.revokeToken(owner.get(), id);
    return ResponseEntity.noContent().build();
  }
}
