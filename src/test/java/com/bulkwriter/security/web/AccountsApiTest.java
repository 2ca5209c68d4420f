package com.bulkwriter.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Sign-in, CSRF, personal tokens and the admin's user management over real HTTP. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"bulkwriter.offline.delay=0", "bulkwriter.queue.poll-interval=50ms"})
class AccountsApiTest {

  static final String BATCH = "{\"name\": \"Mine\", \"items\": [\"one keyword\"]}";

  @LocalServerPort int port;
  Api admin;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeEach
  void client() {
    admin = new Api(port);
  }

  private String newUser(String role) {
    String name = "user-" + UUID.randomUUID().toString().substring(0, 8);
    var created =
        admin.post(
            "/api/users",
            "application/json",
            """
            {"username": "%s", "password": "%s", "role": "%s"}"""
                .formatted(name.toUpperCase(), Api.USER_PASSWORD, role));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("username").stringValue()).isEqualTo(name);
    assertThat(created.body()).doesNotContain("password");
    return name;
  }

  @Test
  void aTokenIsShownOnceWorksRecordsItsUseAndStopsWhenRevoked() {
    String user = newUser("USER");
    var basic = admin.basic(user, Api.USER_PASSWORD);
    var created = basic.post("/api/auth/tokens", "application/json", "{\"name\": \"nightly\"}");
    assertThat(created.status()).isEqualTo(201);
    String token = created.json().get("token").stringValue();
    assertThat(token).startsWith("bw_").hasSizeGreaterThan(40);

    var withToken = admin.withToken(token);
    assertThat(withToken.get("/api/auth/me").json().get("username").stringValue()).isEqualTo(user);
    assertThat(withToken.post("/api/articles/bulk", "application/json", BATCH).status())
        .isEqualTo(202);
    var listed = withToken.get("/api/auth/tokens").json();
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("name").stringValue()).isEqualTo("nightly");
    assertThat(listed.get(0).get("lastUsedAt").isNull()).isFalse();
    assertThat(listed.toString()).doesNotContain(token);

    String id = listed.get(0).get("id").stringValue();
    assertThat(withToken.delete("/api/auth/tokens/" + id).status()).isEqualTo(204);
    var refused = withToken.get("/api/auth/me");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().get("detail").stringValue()).contains("revoked");
    assertThat(basic.get("/api/auth/tokens").json()).isEmpty();

    assertThat(admin.withToken("bw_made-up").get("/api/auth/me").status()).isEqualTo(401);
    assertThat(admin.basic(user, "wrong password").get("/api/auth/me").status()).isEqualTo(401);
  }

  @Test
  void aSessionNeedsTheCsrfHeaderForChangesAndEndsWithSignOut() {
    String user = newUser("USER");
    var session = admin.signIn(user, Api.USER_PASSWORD);
    assertThat(session.csrfToken()).isNotBlank();
    assertThat(session.get("/api/auth/me").json().get("role").stringValue()).isEqualTo("USER");

    var forged =
        session.post("/api/articles/bulk", "application/json", BATCH, "X-XSRF-TOKEN", "forged");
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.json().get("title").stringValue()).contains("CSRF");
    assertThat(session.post("/api/articles/bulk", "application/json", BATCH).status())
        .isEqualTo(202);
    assertThat(session.post("/api/auth/tokens", "application/json", "{}").status()).isEqualTo(201);

    assertThat(
            session.post("/api/auth/logout", "application/json", "", "X-XSRF-TOKEN", "no").status())
        .isEqualTo(403);
    assertThat(session.post("/api/auth/logout").status()).isEqualTo(204);
    assertThat(session.get("/api/auth/me").status()).isEqualTo(401);
  }

  @Test
  void wrongCredentialsAtSignInAre401AndTheSameForUnknownUsers() {
    var wrong = admin.anonymous();
    wrong.get("/api/auth/me");
    var anonymous = admin.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
    assertThat(anonymous.post("/api/auth/logout").status()).isEqualTo(204);
    var bad =
        anonymous.post(
            "/api/auth/login",
            "application/json",
            "{\"username\": \"admin\", \"password\": \"not it\"}");
    var unknown =
        anonymous.post(
            "/api/auth/login",
            "application/json",
            "{\"username\": \"nobody\", \"password\": \"not it\"}");
    assertThat(bad.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(bad.json().get("detail")).isEqualTo(unknown.json().get("detail"));
    assertThat(
            wrong
                .post(
                    "/api/auth/login",
                    "application/json",
                    "{\"username\": \"admin\", \"password\": \"x\"}")
                .status())
        .as("sign-in without the CSRF token")
        .isEqualTo(403);
  }

  @Test
  void theAdminDisablesEnablesAndResetsAccounts() {
    String user = newUser("USER");
    var theirs = admin.as(user, Api.USER_PASSWORD);
    var session = admin.signIn(user, Api.USER_PASSWORD);
    assertThat(theirs.get("/api/auth/me").status()).isEqualTo(200);

    assertThat(admin.post("/api/users/" + user + "/disable").json().get("enabled").booleanValue())
        .isFalse();
    assertThat(theirs.get("/api/auth/me").status()).as("token of a disabled user").isEqualTo(401);
    assertThat(session.get("/api/auth/me").status())
        .as("session of a disabled user")
        .isEqualTo(401);
    assertThat(admin.basic(user, Api.USER_PASSWORD).get("/api/auth/me").status()).isEqualTo(401);

    assertThat(admin.post("/api/users/" + user + "/enable").status()).isEqualTo(200);
    assertThat(theirs.withToken(theirs.token()).get("/api/auth/me").status())
        .as("enabling again brings no old token back")
        .isEqualTo(401);
    assertThat(admin.basic(user, Api.USER_PASSWORD).get("/api/auth/me").status()).isEqualTo(200);

    var reset =
        admin.post(
            "/api/users/" + user + "/password",
            "application/json",
            "{\"password\": \"a brand new passphrase\"}");
    assertThat(reset.status()).isEqualTo(200);
    assertThat(admin.basic(user, Api.USER_PASSWORD).get("/api/auth/me").status()).isEqualTo(401);
    assertThat(admin.basic(user, "a brand new passphrase").get("/api/auth/me").status())
        .isEqualTo(200);

    assertThat(admin.get("/api/users").json().findValuesAsString("username"))
        .contains(user, "admin");
    assertThat(admin.get("/api/users/" + user).json().get("role").stringValue()).isEqualTo("USER");
    assertThat(admin.get("/api/users/nobody-here").status()).isEqualTo(404);
    assertThat(admin.post("/api/users/admin/disable").status()).as("own account").isEqualTo(409);
  }

  @Test
  void anAdminCreatedByTheAdminManagesUsersAndBadAccountsAreRefusedWithReasons() {
    String second = newUser("ADMIN");
    var other = admin.as(second, Api.USER_PASSWORD);
    assertThat(other.get("/api/users").status()).isEqualTo(200);

    var invalid =
        admin.post(
            "/api/users",
            "application/json",
            "{\"username\": \"x\\nforged log line\", \"password\": \"short\", \"role\": \"ROOT\"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("errors").findValuesAsString("field"))
        .containsExactly("username", "password", "role");
    var duplicate =
        admin.post(
            "/api/users",
            "application/json",
            "{\"username\": \"admin\", \"password\": \"long enough password\"}");
    assertThat(duplicate.status()).isEqualTo(409);
    var tooLong =
        admin.post(
            "/api/users/" + second + "/password",
            "application/json",
            "{\"password\": \"" + "x".repeat(73) + "\"}");
    assertThat(tooLong.status()).isEqualTo(400);
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    var health = admin.anonymous().get("/actuator/health");
    assertThat(health.header("Content-Security-Policy"))
        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
    assertThat(health.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(health.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(health.header("Referrer-Policy")).isEqualTo("same-origin");
    var refused = admin.anonymous().get("/api/articles/queue");
    assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(refused.header("Set-Cookie"))
        .as("no session for anonymous calls")
        .doesNotContain("JSESSIONID");
  }
}
