package com.bulkwriter.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.BulkwriterApplication;
import com.bulkwriter.support.Api;
import com.bulkwriter.support.TestApplication;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node installed as the README says (its own data directory, the product's own
 * application.properties) keeps its data private and, behind a TLS proxy with an https public URL,
 * sends Secure cookies and HSTS; its cookies are always SameSite=Lax.
 */
class DeploymentHardeningTest {

  @TempDir Path temp;

  @Test
  void theDataDirectoryAndItsFilesAreReadableByTheOwnerOnly() throws IOException {
    Path dataDir = temp.resolve("data");
    // left by an older version: world-readable
    Files.createDirectories(dataDir.resolve("exports"));
    Files.writeString(dataDir.resolve("exports/old.zip"), "zip");
    Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(
        dataDir.resolve("exports/old.zip"), PosixFilePermissions.fromString("rw-r--r--"));

    try (var node = start(dataDir, Map.of())) {
      assertThat(mode(dataDir)).isEqualTo("rwx------");
      assertThat(mode(dataDir.resolve("exports"))).isEqualTo("rwx------");
      assertThat(mode(dataDir.resolve("exports/old.zip"))).isEqualTo("rw-------");
      assertThat(mode(dataDir.resolve("bulkwriter.mv.db"))).isEqualTo("rw-------");
      assertThat(mode(dataDir.resolve("admin-password.txt"))).isEqualTo("rw-------");
      assertThat(mode(dataDir.resolve("sessions"))).isEqualTo("rwx------");
      var anonymous = new Api(port(node)).anonymous();
      var answer = anonymous.get("/api/auth/me");
      assertThat(answer.header("Strict-Transport-Security")).as("plain http").isNull();
      assertThat(answer.raw().headers().allValues("Set-Cookie"))
          .anySatisfy(
              cookie ->
                  assertThat(cookie)
                      .startsWith("XSRF-TOKEN=")
                      .contains("SameSite=Lax")
                      .doesNotContain("Secure"));
    }
  }

  @Test
  void anHttpsPublicUrlMakesCookiesSecureAndSendsHstsSameSiteIsAlwaysLax() throws IOException {
    Path dataDir = temp.resolve("data");
    var settings =
        Map.<String, Object>of(
            "BULKWRITER_PUBLIC_URL",
            "https://writer.example.com",
            "BULKWRITER_ADMIN_PASSWORD",
            Api.ADMIN_PASSWORD);
    try (var node = start(dataDir, settings)) {
      var anonymous = new Api(port(node)).anonymous();
      var first = anonymous.get("/api/auth/me");
      assertThat(first.header("Strict-Transport-Security")).contains("max-age=31536000");
      String xsrf = cookie(first, "XSRF-TOKEN");
      assertThat(xsrf).contains("Secure", "SameSite=Lax");
      String token = xsrf.substring("XSRF-TOKEN=".length(), xsrf.indexOf(';'));

      var login =
          anonymous.send(
              HttpRequest.newBuilder(anonymous.uri("/api/auth/login"))
                  .header("Content-Type", "application/json")
                  .header("Cookie", "XSRF-TOKEN=" + token)
                  .header("X-XSRF-TOKEN", token)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"username\": \"admin\", \"password\": \"%s\"}"
                              .formatted(Api.ADMIN_PASSWORD))));
      assertThat(login.status()).isEqualTo(200);
      assertThat(cookie(login, "JSESSIONID")).contains("Secure", "HttpOnly", "SameSite=Lax");
    }
  }

  private static String cookie(Api.Response response, String name) {
    return response.raw().headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " cookie"));
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  /** The product's own application.properties, its H2 database inside the data directory. */
  private static ConfigurableApplicationContext start(Path dataDir, Map<String, Object> extra) {
    List<String> args = new ArrayList<>();
    TestApplication.defaults().forEach((key, value) -> args.add("--" + key + "=" + value));
    args.add("--spring.config.location=classpath:/application.properties");
    args.add("--bulkwriter.data-dir=" + dataDir);
    args.add("--bulkwriter.queue.enabled=false");
    extra.forEach((key, value) -> args.add("--" + key + "=" + value));
    return new SpringApplicationBuilder(BulkwriterApplication.class)
        .run(args.toArray(String[]::new));
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
