package com.bulkwriter.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Revoking a token, disabling an account or resetting its password closes the user's open STOMP
 * sessions within 5 seconds, whether they came with that token or with a session cookie; other
 * users' sessions and the user's other tokens are left alone, and a change made on another node
 * closes them too. A handshake with a malformed Origin is refused with 403.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"bulkwriter.queue.enabled=false"})
class LiveSessionSecurityTest {

  private static final Duration WITHIN = Duration.ofSeconds(5);
  private static final String NOTIFICATIONS = "/user/queue/notifications";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Api admin;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeEach
  void client() {
    admin = new Api(port);
  }

  @Test
  void revokingATokenClosesTheSessionsOpenedWithItOnly() throws Exception {
    admin.newUser("ws-revoke");
    Api basic = admin.basic("ws-revoke", Api.USER_PASSWORD);
    String doomed = token(basic, "doomed");
    String kept = token(basic, "kept");
    try (StompWatcher revoked = StompWatcher.connect(port, doomed);
        StompWatcher other = StompWatcher.connect(port, kept)) {
      revoked.subscribe(NOTIFICATIONS);
      other.subscribe(NOTIFICATIONS);

      String id = null;
      for (var token : basic.get("/api/auth/tokens").json()) {
        if (token.get("name").stringValue().equals("doomed")) {
          id = token.get("id").stringValue();
        }
      }
      assertThat(basic.delete("/api/auth/tokens/" + id).status()).isEqualTo(204);

      await().atMost(WITHIN).until(() -> !revoked.connected());
      assertThat(other.connected()).as("the user's other token").isTrue();
      other.subscribe("/user/queue/exports");
    }
  }

  @Test
  void disablingAnAccountClosesItsTokenAndCookieSessions() throws Exception {
    Api user = admin.newUser("ws-disable");
    Api browser = admin.signIn("ws-disable", Api.USER_PASSWORD);
    Api bystander = admin.newUser("ws-bystander");
    try (StompWatcher script = StompWatcher.connect(port, user.token());
        StompWatcher page = StompWatcher.connectWithCookies(port, browser.cookieHeader());
        StompWatcher unrelated = StompWatcher.connect(port, bystander.token())) {
      script.subscribe(NOTIFICATIONS);
      page.subscribe(NOTIFICATIONS);
      unrelated.subscribe(NOTIFICATIONS);

      assertThat(admin.post("/api/users/ws-disable/disable").status()).isEqualTo(200);

      await().atMost(WITHIN).until(() -> !script.connected() && !page.connected());
      assertThat(unrelated.connected()).isTrue();
    }
  }

  @Test
  void resettingThePasswordClosesEveryLiveSessionOfTheUser() throws Exception {
    Api user = admin.newUser("ws-reset");
    Api browser = admin.signIn("ws-reset", Api.USER_PASSWORD);
    try (StompWatcher script = StompWatcher.connect(port, user.token());
        StompWatcher page = StompWatcher.connectWithCookies(port, browser.cookieHeader())) {
      script.subscribe(NOTIFICATIONS);
      page.subscribe(NOTIFICATIONS);

      var reset =
          admin.post(
              "/api/users/ws-reset/password",
              "application/json",
              "{\"password\": \"Brand-New-Kestrel-44\"}");
      assertThat(reset.status()).isEqualTo(200);

      await().atMost(WITHIN).until(() -> !script.connected() && !page.connected());
    }
  }

  @Test
  void aSignInEndedOnAnotherNodeClosesTheSessionsOfThisOneToo() throws Exception {
    Api user = admin.newUser("ws-elsewhere");
    try (StompWatcher script = StompWatcher.connect(port, user.token())) {
      script.subscribe(NOTIFICATIONS);
      // what another node sharing the database does when its admin disables the account: no
      // event reaches this node, only the database changes
      jdbc.sql(
              "UPDATE users SET enabled = FALSE, sign_in_version = sign_in_version + 1"
                  + " WHERE username = 'ws-elsewhere'")
          .update();
      await().atMost(WITHIN).until(() -> !script.connected());
    }
  }

  @Test
  void aHandshakeWithAMalformedOriginIs403() throws Exception {
    String token = admin.token();
    for (String origin : List.of("http://[bad", "http://exa mple.com", "::::", "http://%zz")) {
      assertThat(handshakeStatus(token, origin)).as(origin).startsWith("HTTP/1.1 403");
    }
    assertThat(handshakeStatus(token, "http://elsewhere.example")).startsWith("HTTP/1.1 403");
    assertThat(handshakeStatus(token, "http://localhost:" + port)).startsWith("HTTP/1.1 101");
  }

  /** The status line of a raw WebSocket handshake (HttpClient refuses to send Upgrade headers). */
  private String handshakeStatus(String token, String origin) throws Exception {
    try (var socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      String request =
          "GET /ws HTTP/1.1\r\n"
              + "Host: localhost:"
              + port
              + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
              + "Authorization: Bearer "
              + token
              + "\r\nOrigin: "
              + origin
              + "\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      var reader =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      return reader.readLine();
    }
  }

  private static String token(Api basic, String name) {
    var created =
        basic.post("/api/auth/tokens", "application/json", "{\"name\": \"" + name + "\"}");
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("token").stringValue();
  }
}
