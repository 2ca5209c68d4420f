package com.bulkwriter.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Per-user article limits (429 naming the limit) and sign-in throttling, with small numbers. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bulkwriter.queue.enabled=false",
      "bulkwriter.security.max-queued-articles=5",
      "bulkwriter.security.max-articles-per-day=8",
      "bulkwriter.security.login-attempts-per-account=3",
      "bulkwriter.security.login-attempts-per-address=6",
      "bulkwriter.security.login-window=1h"
    })
// the throttling test leaves this node's one client address throttled: it goes last
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LimitsAndThrottlingTest {

  @LocalServerPort int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @Test
  @Order(1)
  void submitsOverTheQueuedOrDailyLimitAreRefusedWith429NamingTheLimit() {
    var admin = new Api(port);
    admin.post(
        "/api/users",
        "application/json",
        "{\"username\": \"writer\", \"password\": \"writer-password\"}");
    var writer = admin.as("writer", "writer-password");

    String first = id(writer.post("/api/articles/bulk", "application/json", batch(3)));
    var overQueued = writer.post("/api/articles/bulk", "application/json", batch(3));
    assertThat(overQueued.status()).isEqualTo(429);
    assertThat(overQueued.header("Content-Type")).startsWith("application/problem+json");
    assertThat(overQueued.json().get("limit").stringValue())
        .isEqualTo("bulkwriter.security.max-queued-articles");
    assertThat(overQueued.json().get("detail").stringValue()).contains("5 articles queued");
    assertThat(writer.get("/api/articles/queue").json().get("totalElements").intValue())
        .isEqualTo(1);

    writer.post("/api/articles/queue/" + first + "/cancel");
    String second = id(writer.post("/api/articles/bulk", "application/json", batch(4)));
    writer.post("/api/articles/queue/" + second + "/cancel");
    var overDaily = writer.post("/api/articles/bulk", "application/json", batch(2));
    assertThat(overDaily.status()).isEqualTo(429);
    assertThat(overDaily.json().get("limit").stringValue())
        .isEqualTo("bulkwriter.security.max-articles-per-day");

    assertThat(admin.post("/api/articles/bulk", "application/json", batch(2)).status())
        .as("limits are per user")
        .isEqualTo(202);
  }

  @Test
  @Order(2)
  void repeatedWrongPasswordsLockTheAccountAndTheAddressForAWhile() {
    var anonymous = new Api(port).anonymous();
    admin(anonymous)
        .post(
            "/api/users",
            "application/json",
            "{\"username\": \"target\", \"password\": \"target-password\"}");
    for (int i = 0; i < 3; i++) {
      assertThat(anonymous.basic("target", "guess " + i).get("/api/auth/me").status())
          .isEqualTo(401);
    }
    var throttled = anonymous.basic("target", "target-password").get("/api/auth/me");
    assertThat(throttled.status()).as("even the right password, while throttled").isEqualTo(429);
    assertThat(throttled.header("Retry-After")).isNotBlank();
    assertThat(throttled.json().get("title").stringValue()).contains("Too many");

    var session = anonymous.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
    assertThat(session.get("/api/auth/me").status())
        .as("other accounts still sign in")
        .isEqualTo(200);
    var login =
        session.post(
            "/api/auth/login",
            "application/json",
            "{\"username\": \"target\", \"password\": \"target-password\"}");
    assertThat(login.status()).isEqualTo(429);

    // the address has used 3 of its 6 failures (+1 throttled attempt is not counted)
    for (int i = 0; i < 3; i++) {
      anonymous.basic("someone-" + i, "guess").get("/api/auth/me");
    }
    assertThat(anonymous.basic(Api.ADMIN, Api.ADMIN_PASSWORD).get("/api/auth/me").status())
        .as("every account from a throttled address")
        .isEqualTo(429);
  }

  private static Api admin(Api any) {
    return any.basic(Api.ADMIN, Api.ADMIN_PASSWORD);
  }

  private static String batch(int articles) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < articles; i++) {
      items.append(i == 0 ? "" : ", ").append("\"keyword ").append(i).append('"');
    }
    return "{\"name\": \"Limits\", \"items\": [" + items + "]}";
  }

  private static String id(Api.Response response) {
    assertThat(response.status()).isEqualTo(202);
    return response.json().get("id").stringValue();
  }
}
