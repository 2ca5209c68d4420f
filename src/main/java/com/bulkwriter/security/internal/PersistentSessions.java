package com.bulkwriter.security.internal;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.server.servlet.Session;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Signed-in sessions survive a graceful restart (an upgrade, a redeploy): with {@code
 * server.servlet.session.persistent} on (the default in application.properties) the server writes
 * them to {@code <bulkwriter.data-dir>/sessions} when it stops and reads them back when it starts,
 * so an open page reconnects without sending its user to the sign-in page. Spring Boot alone would
 * resolve a relative store directory against the jar's folder rather than the data directory.
 */
@Component
class PersistentSessions
    implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory>, Ordered {

  private final Path dataDir;

  PersistentSessions(@Value("${bulkwriter.data-dir:./data}") Path dataDir) {
    this.dataDir = dataDir;
  }

  @Override
  public void customize(ConfigurableServletWebServerFactory factory) {
    Session session = factory.getSettings().getSession();
    if (session.isPersistent() && session.getStoreDir() == null) {
      Path store = dataDir.resolve("sessions").toAbsolutePath().normalize();
      PrivateDataDirectory.tighten(store, true); // the server would make it readable by all
      session.setStoreDir(store.toFile());
    }
  }

  /** After Spring Boot's own customizer, which applies {@code server.servlet.session.*}. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
