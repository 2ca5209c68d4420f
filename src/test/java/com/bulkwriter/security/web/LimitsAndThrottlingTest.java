package com.bulkwriter.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import java.net.http.HttpRequest;
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
      "bulkwriter.security.login-free-attempts=3",
      "bulkwriter.security.login-backoff=10m",
      // the tests' client addresses come from X-Forwarded-For, as behind a proxy
      "server.forward-headers-strategy=native",
      "bulkwriter.security.login-attempts-per-address=6",
      "bulkwriter.security.login-window=1h"
    })
// the throttling test leaves client addresses throttled: it goes last
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
        "{\"username\": \"writer\", \"password\": \"Hedgerow-Quill-7391\"}");
    var writer = admin.as("writer", Api.USER_PASSWORD);

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
  void wrongPasswordsSlowThatNameFromThatAddressWithoutLockingTheUserOut() {
    var anonymous = new Api(port).anonymous();
    admin(anonymous)
        .post(
            "/api/users",
            "application/json",
            "{\"username\": \"target\", \"password\": \"" + Api.USER_PASSWORD + "\"}");
    for (int i = 0; i < 3; i++) {
      assertThat(me(anonymous, ATTACKER, "target", "guess " + i).status()).isEqualTo(401);
    }
    var throttled = me(anonymous, ATTACKER, "target", Api.USER_PASSWORD);
    assertThat(throttled.status())
        .as("the attacker's address waits, even with the right password")
        .isEqualTo(429);
    assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(590L, 600L);
    assertThat(throttled.json().get("title").stringValue()).contains("Too many");

    assertThat(me(anonymous, OWNER, "target", Api.USER_PASSWORD).status())
        .as("the owner, from elsewhere, is not locked out")
        .isEqualTo(200);
    assertThat(me(anonymous, ATTACKER, Api.ADMIN, Api.ADMIN_PASSWORD).status())
        .as("other names from the attacker's address")
        .isEqualTo(200);

    // the address has used 3 of its 6 failures (+1 throttled attempt is not counted)
    for (int i = 0; i < 3; i++) {
      me(anonymous, ATTACKER, "someone-" + i, "guess");
    }
    assertThat(me(anonymous, ATTACKER, Api.ADMIN, Api.ADMIN_PASSWORD).status())
        .as("every name from an address that failed too often")
        .isEqualTo(429);
    assertThat(me(anonymous, OWNER, Api.ADMIN, Api.ADMIN_PASSWORD).status()).isEqualTo(200);
  }

  private static final String ATTACKER = "198.51.100.7";
  private static final String OWNER = "203.0.113.20";

  private static Api.Response me(Api anonymous, String from, String username, String password) {
    return anonymous.send(
        HttpRequest.newBuilder(anonymous.uri("/api/auth/me"))
            .header("X-Forwarded-For", from)
            .header("Authorization", Api.basicHeader(username, password))
            .GET());
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
