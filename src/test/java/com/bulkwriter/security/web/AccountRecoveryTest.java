package com.bulkwriter.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An admin recovers a compromised account: a reset or a disable ends every session and API token of
 * it, the admin lists and revokes anyone's tokens, and users change their own password, which ends
 * their other sessions only. Passwords must pass the policy.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"bulkwriter.queue.enabled=false"})
class AccountRecoveryTest {

  static final String NEW_PASSWORD = "Moss-Harbour-2047";

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

  @Test
  void aResetEndsEverySessionAndTokenOfTheUser() {
    Api token = admin.newUser("reset-me");
    Api laptop = admin.signIn("reset-me", Api.USER_PASSWORD);
    Api phone = admin.signIn("reset-me", Api.USER_PASSWORD);
    assertThat(token.get("/api/auth/me").status()).isEqualTo(200);

    var reset = admin.post("/api/users/reset-me/password", "application/json", password());
    assertThat(reset.status()).isEqualTo(200);

    assertThat(token.get("/api/auth/me").status()).as("token").isEqualTo(401);
    assertThat(laptop.get("/api/auth/me").status()).as("session").isEqualTo(401);
    assertThat(phone.get("/api/auth/me").status()).as("other session").isEqualTo(401);
    assertThat(admin.get("/api/users/reset-me/tokens").json()).isEmpty();
    assertThat(admin.basic("reset-me", NEW_PASSWORD).get("/api/auth/me").status()).isEqualTo(200);
    assertThat(admin.signIn("reset-me", NEW_PASSWORD).get("/api/auth/me").status()).isEqualTo(200);
  }

  @Test
  void disableThenEnableBringsNoSessionOrTokenBack() {
    Api token = admin.newUser("disable-me");
    Api session = admin.signIn("disable-me", Api.USER_PASSWORD);
    String old = token.token();

    assertThat(admin.post("/api/users/disable-me/disable").status()).isEqualTo(200);
    // enabled again before the session's next request: it must not come back either
    assertThat(admin.post("/api/users/disable-me/enable").status()).isEqualTo(200);

    assertThat(admin.withToken(old).get("/api/auth/me").status()).isEqualTo(401);
    assertThat(session.get("/api/auth/me").status()).isEqualTo(401);
    assertThat(admin.get("/api/users/disable-me/tokens").json()).isEmpty();
    assertThat(admin.basic("disable-me", Api.USER_PASSWORD).get("/api/auth/me").status())
        .as("the account itself works again")
        .isEqualTo(200);
  }

  @Test
  void anAdminListsAndRevokesAnyUsersTokens() {
    Api user = admin.newUser("token-owner");
    String token = user.token();
    var listed = admin.get("/api/users/token-owner/tokens");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json()).hasSize(1);
    assertThat(listed.body()).doesNotContain(token);
    String id = listed.json().get(0).get("id").stringValue();

    Api other = admin.newUser("not-an-admin");
    assertThat(other.get("/api/users/token-owner/tokens").status()).isEqualTo(403);
    assertThat(other.delete("/api/users/token-owner/tokens/" + id).status()).isEqualTo(403);
    assertThat(admin.get("/api/users/nobody-at-all/tokens").status()).isEqualTo(404);
    assertThat(admin.delete("/api/users/not-an-admin/tokens/" + id).status())
        .as("the token of someone else")
        .isEqualTo(404);

    assertThat(admin.delete("/api/users/token-owner/tokens/" + id).status()).isEqualTo(204);
    assertThat(user.get("/api/auth/me").status()).isEqualTo(401);
    assertThat(admin.get("/api/users/token-owner/tokens").json()).isEmpty();
  }

  @Test
  void usersChangeTheirOwnPasswordWhichEndsTheirOtherSessionsOnly() {
    Api script = admin.newUser("changer");
    Api here = admin.signIn("changer", Api.USER_PASSWORD);
    Api elsewhere = admin.signIn("changer", Api.USER_PASSWORD);
    script.token();

    var wrong =
        here.post(
            "/api/auth/password", "application/json", change("not my password", NEW_PASSWORD));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("errors").findValuesAsString("field"))
        .containsExactly("currentPassword");
    var weak =
        here.post(
            "/api/auth/password", "application/json", change(Api.USER_PASSWORD, "changer-2024-x"));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.json().get("errors").findValuesAsString("field"))
        .containsExactly("newPassword");
    assertThat(elsewhere.get("/api/auth/me").status()).as("nothing changed yet").isEqualTo(200);

    var changed =
        here.post(
            "/api/auth/password", "application/json", change(Api.USER_PASSWORD, NEW_PASSWORD));
    assertThat(changed.status()).isEqualTo(204);

    assertThat(here.get("/api/auth/me").status()).as("the session that asked").isEqualTo(200);
    assertThat(here.post("/api/articles/bulk", "application/json", batch()).status())
        .as("and it can still change things")
        .isEqualTo(202);
    assertThat(elsewhere.get("/api/auth/me").status()).as("other sessions").isEqualTo(401);
    assertThat(script.get("/api/auth/me").status()).as("API tokens stay").isEqualTo(200);
    assertThat(admin.basic("changer", Api.USER_PASSWORD).get("/api/auth/me").status())
        .isEqualTo(401);
    assertThat(admin.basic("changer", NEW_PASSWORD).get("/api/auth/me").status()).isEqualTo(200);
  }

  @Test
  void weakPasswordsAreRefusedWithTheReason() {
    assertThat(reasons("weakling", " ".repeat(10))).contains("at least 12");
    assertThat(reasons("weakling", " ".repeat(12))).contains("other than spaces");
    assertThat(reasons("weakling", "password12")).contains("at least 12");
    assertThat(reasons("weakling", "my-WEAKLING-pass")).contains("username");
    assertThat(reasons("weakling", "1qaz2wsx3edc")).contains("common");
    assertThat(reasons("weakling", "Sunshine2024!!")).contains("common");
    assertThat(reasons("weakling", "x".repeat(73))).contains("72 bytes");
    var fine =
        admin.post(
            "/api/users",
            "application/json",
            "{\"username\": \"weakling\", \"password\": \"" + NEW_PASSWORD + "\"}");
    assertThat(fine.status()).isEqualTo(201);
    var reset =
        admin.post(
            "/api/users/weakling/password", "application/json", "{\"password\": \"password1234\"}");
    assertThat(reset.status()).isEqualTo(400);
  }

  private String reasons(String username, String password) {
    var refused =
        admin.post(
            "/api/users",
            "application/json",
            "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsString("field")).containsOnly("password");
    return refused.json().get("errors").findValuesAsString("message").toString();
  }

  private static String password() {
    return "{\"password\": \"" + NEW_PASSWORD + "\"}";
  }

  private static String change(String current, String next) {
    return "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}".formatted(current, next);
  }

  private static String batch() {
    return "{\"name\": \"After the change\", \"items\": [\"one keyword\"]}";
  }
}
