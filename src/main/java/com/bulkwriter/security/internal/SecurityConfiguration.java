package com.bulkwriter.security.internal;

import com.bulkwriter.security.ArticleLimits;
import com.bulkwriter.security.SignIns;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may call what. Every {@code /api} route, {@code /ws}, the OpenAPI document and the metrics
 * need a signed-in user (session cookie with a CSRF header, an API token, or HTTP Basic); {@code
 * /api/users} needs the ADMIN role. Open: {@code /actuator/health} and the web UI's static shell.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** The UI satisfies it: the Vite build has no inline scripts and loads nothing from elsewhere. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** One year, as browsers' preload lists ask. */
  static final long HSTS_MAX_AGE = 31_536_000;

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService userDetailsService(Accounts accounts) {
    return username ->
        accounts
            .find(AccountService.normalise(username))
            .map(Account::userDetails)
            .orElseThrow(() -> new UsernameNotFoundException("No such user"));
  }

  @Bean
  AuthenticationManager authenticationManager(
      UserDetailsService users,
      PasswordEncoder encoder,
      LoginThrottle throttle,
      Accounts accounts) {
    var passwords = new DaoAuthenticationProvider(users);
    passwords.setPasswordEncoder(encoder);
    return new ProviderManager(new ThrottledAuthentication(passwords, throttle, accounts));
  }

  @Bean
  SignIns signIns(AccountService accounts, SecuritySettings settings) {
    return new SignIns(accounts::stillValid, settings.signInRecheckInterval());
  }

  @Bean
  ArticleLimits articleLimits(SecuritySettings settings) {
    return new ArticleLimits(settings.maxQueuedArticles(), settings.maxArticlesPerDay());
  }

  @Bean
  CookieCsrfTokenRepository csrfTokenRepository(SecuritySettings settings) {
    var repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
    repository.setCookieCustomizer(
        cookie -> {
          cookie.sameSite("Lax");
          if (settings.https()) {
            cookie.secure(true); // otherwise Secure only on requests that came over https
          }
        });
    return repository;
  }

  @Bean
  HttpSessionSecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      AuthenticationManager authenticationManager,
      AccountService accountService,
      Accounts accounts,
      CookieCsrfTokenRepository csrfTokenRepository,
      HttpSessionSecurityContextRepository securityContextRepository,
      SecuritySettings settings) {
    var problems = new Problems();
    http.authenticationManager(authenticationManager)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/auth/login")
                    .permitAll()
                    .requestMatchers("/api/users", "/api/users/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers(
                        "/api/**",
                        "/ws",
                        "/ws/**",
                        "/actuator/**",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**")
                    .authenticated()
                    // the web UI's shell, assets and client-side routes
                    .anyRequest()
                    .permitAll())
        .securityContext(context -> context.securityContextRepository(securityContextRepository))
        .csrf(
            csrf ->
                csrf.spa()
                    .csrfTokenRepository(csrfTokenRepository)
                    // tokens and Basic are sent by scripts, never added by a browser on its own
                    .ignoringRequestMatchers(SecurityConfiguration::carriesCredentials))
        .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
        .addFilterAfter(new ActiveAccountFilter(accounts), SecurityContextHolderFilter.class)
        .addFilterBefore(
            new BearerTokenFilter(accountService, problems), BasicAuthenticationFilter.class)
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .logout(
            logout ->
                logout
                    .logoutUrl("/api/auth/logout")
                    .logoutSuccessHandler(
                        (request, response, signedOut) -> {
                          // a fresh CSRF token, so the page can sign in again at once
                          csrfTokenRepository.saveToken(
                              csrfTokenRepository.generateToken(request), request, response);
                          response.setStatus(HttpStatus.NO_CONTENT.value());
                        }))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frame -> frame.deny())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .httpStrictTransportSecurity(
                        hsts -> {
                          if (settings.https()) {
                            // TLS ends at a proxy: the request the node sees is plain http
                            hsts.requestMatcher(request -> true).maxAgeInSeconds(HSTS_MAX_AGE);
                          }
                        }));
    return http.build();
  }

  private static boolean carriesCredentials(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    return header != null
        && (header.regionMatches(true, 0, "Bearer ", 0, 7)
            || header.regionMatches(true, 0, "Basic ", 0, 6));
  }
}
