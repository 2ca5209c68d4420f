package com.bulkwriter.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a session's account on every request, so that disabling an account, resetting or changing
 * its password or changing its role takes effect at once instead of when the session expires: the
 * session of a disabled or vanished account, or one signed in before its sign-ins were ended (an
 * older {@link SignIn#version()}), is ended; a changed role replaces the authorities.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

  private final Accounts accounts;

  ActiveAccountFilter(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)) {
      SignIn signIn = SignIn.of(authentication);
      var account =
          accounts.find(authentication.getName()).filter(found -> signIn.holdsFor(found, accounts));
      if (account.isEmpty()) {
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
          session.invalidate();
        }
      } else {
        var current =
            UsernamePasswordAuthenticationToken.authenticated(
                account.get().username(), null, List.of(account.get().role().authority()));
        current.setDetails(signIn);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(current);
        SecurityContextHolder.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }
}
