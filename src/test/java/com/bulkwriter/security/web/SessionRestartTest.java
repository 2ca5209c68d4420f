package com.bulkwriter.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.TestApplication;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graceful restart does not sign anybody out: the node writes its sessions to the data directory
 * when it stops and the next node on that directory reads them back, so a web UI session (cookie
 * and CSRF token) keeps working.
 */
class SessionRestartTest {

  @TempDir Path dataDir;

  @Test
  void aSignedInSessionSurvivesAGracefulRestartThroughTheDataDirectory() {
    int port = TestApplication.freePort();
    Map<String, Object> server = TestApplication.restartable(port, dataDir);
    Map<String, Object> idle = Map.of("bulkwriter.queue.enabled", "false");
    Api session;
    try (var first = TestApplication.start(server, idle)) {
      session = new Api(port).signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
      assertThat(session.get("/api/auth/me").status()).isEqualTo(200);
    }
    assertThat(dataDir.resolve("sessions/SESSIONS.ser")).exists();

    try (var second = TestApplication.start(server, idle)) {
      var me = session.get("/api/auth/me");
      assertThat(me.status()).isEqualTo(200);
      assertThat(me.json().get("username").stringValue()).isEqualTo(Api.ADMIN);
      // a change needs the session and its CSRF token, both from before the restart
      var token =
          session.post("/api/auth/tokens", "application/json", "{\"name\": \"after restart\"}");
      assertThat(token.status()).isEqualTo(201);
      assertThat(session.anonymous().get("/api/auth/me").status()).isEqualTo(401);
    }
  }
}
