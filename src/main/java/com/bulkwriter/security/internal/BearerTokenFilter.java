package com.bulkwriter.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in by its personal API token ({@code Authorization: Bearer bw_…}) for that
 * request only; nothing is kept in a session. An unknown or revoked token is a 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final AccountService accounts;
  private final AuthenticationEntryPoint entryPoint;

  BearerTokenFilter(AccountService accounts, AuthenticationEntryPoint entryPoint) {
    this.accounts = accounts;
    this.entryPoint = entryPoint;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    var owner = accounts.authenticate(header.substring(BEARER.length()).strip());
    if (owner.isEmpty()) {
      SecurityContextHolder.clearContext();
      entryPoint.commence(request, response, new InvalidTokenException());
      return;
    }
    Account account = owner.get().account();
    var signedIn =
        UsernamePasswordAuthenticationToken.authenticated(
            account.username(), null, List.of(account.role().authority()));
    signedIn.setDetails(SignIn.token(owner.get().tokenId()));
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(signedIn);
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }
}
