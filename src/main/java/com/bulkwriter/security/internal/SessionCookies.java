package com.bulkwriter.security.internal;

import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The session cookie ({@code JSESSIONID}) is always {@code SameSite=Lax}, and {@code Secure} when
 * users reach the product over https ({@code bulkwriter.security.public-url}), also behind a TLS
 * proxy that talks plain http to it. The XSRF-TOKEN cookie follows the same rules ({@link
 * SecurityConfiguration}).
 */
@Component
class SessionCookies
    implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory>, Ordered {

  private final SecuritySettings settings;

  SessionCookies(SecuritySettings settings) {
    this.settings = settings;
  }

  @Override
  public void customize(ConfigurableServletWebServerFactory factory) {
    Cookie cookie = factory.getSettings().getSession().getCookie();
    cookie.setSameSite(Cookie.SameSite.LAX);
    if (settings.https()) {
      cookie.setSecure(true);
    }
  }

  /** After Spring Boot's own customizer, which applies {@code server.servlet.session.*}. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
