package com.bulkwriter.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Nobody can exhaust the heap through the sign-in endpoint: credentials longer than any account's
 * are refused with 400 before anything about them is kept, and 1,000 such sign-ins leave the heap
 * where it was.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"bulkwriter.queue.enabled=false"})
class SignInFloodTest {

  private static final long MB = 1 << 20;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @Test
  void oversizedCredentialsAreRefusedWith400BeforeAnythingIsKept() {
    Api anonymous = new Api(port).anonymous();
    var longName = login(anonymous, "a".repeat(65), "whatever");
    assertThat(longName.status()).isEqualTo(400);
    assertThat(longName.header("Content-Type")).startsWith("application/problem+json");
    assertThat(longName.json().get("detail").stringValue()).contains("64 characters");
    var longPassword = login(anonymous, "admin", "p".repeat(73));
    assertThat(longPassword.status()).isEqualTo(400);
    assertThat(longPassword.json().get("detail").stringValue()).contains("72 bytes");
    assertThat(anonymous.basic("admin", "é".repeat(40)).get("/api/auth/me").status())
        .as("HTTP Basic too (80 bytes)")
        .isEqualTo(400);
  }

  @Test
  void aThousandSignInsWithMegabyteUsernamesLeaveTheHeapWithin64Megabytes() {
    Api anonymous = new Api(port).anonymous();
    String password = "p".repeat(1 << 20);
    login(anonymous, "warm-up", "x"); // loads every class of the path once
    long before = heapAfterGc();
    for (int i = 0; i < 1_000; i++) {
      // a different megabyte name each time, as an attacker would send
      String name = i + "x".repeat((1 << 20) - 8);
      var refused = login(anonymous, name, i % 2 == 0 ? "x" : password);
      assertThat(refused.status()).isEqualTo(400);
    }
    long grown = heapAfterGc() - before;
    assertThat(grown).as("heap growth in bytes").isLessThan(64 * MB);
  }

  private static Api.Response login(Api anonymous, String username, String password) {
    return anonymous.post(
        "/api/auth/login",
        "application/json",
        "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}",
        "X-XSRF-TOKEN",
        "t",
        "Cookie",
        "XSRF-TOKEN=t");
  }

  private static long heapAfterGc() {
    var memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
