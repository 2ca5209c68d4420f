package com.bulkwriter.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bulkwriter.BulkwriterApplication;
import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.TestApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The first start: an admin with the configured password, or with a random one written once to the
 * log and the data directory. Never a default password.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstRunAdminTest {

  @TempDir Path dataDir;

  @Test
  void withoutAConfiguredPasswordTheFirstStartMakesARandomOneAndSaysWhere(CapturedOutput output)
      throws IOException {
    Map<String, Object> database = DatabaseUnderTest.H2.properties();
    Path file = dataDir.resolve("admin-password.txt");
    String password;
    try (var node = start(database, "")) {
      assertThat(file).exists();
      password = Files.readString(file).strip();
      assertThat(password).hasSizeGreaterThanOrEqualTo(20);
      assertThat(output.getOut()).contains(password, file.toString());
      var api = new Api(port(node));
      assertThat(api.basic("admin", password).get("/api/auth/me").status()).isEqualTo(200);
      assertThat(api.basic("admin", "admin").get("/api/auth/me").status()).isEqualTo(401);
      assertThat(api.basic("admin", "").get("/api/auth/me").status()).isEqualTo(401);
    }
    Files.delete(file);
    try (var again = start(database, "")) {
      assertThat(file).as("written once, on the very first start only").doesNotExist();
      assertThat(new Api(port(again)).basic("admin", password).get("/api/auth/me").status())
          .isEqualTo(200);
    }
  }

  @Test
  void aConfiguredPasswordIsTheAdminsFromTheFirstStartAndWhenChanged(CapturedOutput output) {
    Map<String, Object> database = DatabaseUnderTest.H2.properties();
    try (var node = start(database, "configured-first")) {
      var api = new Api(port(node));
      assertThat(api.basic("admin", "configured-first").get("/api/auth/me").status())
          .isEqualTo(200);
    }
    try (var node = start(database, "configured-second")) {
      var api = new Api(port(node));
      assertThat(api.basic("admin", "configured-second").get("/api/auth/me").status())
          .isEqualTo(200);
      assertThat(api.basic("admin", "configured-first").get("/api/auth/me").status())
          .isEqualTo(401);
    }
    assertThat(dataDir.resolve("admin-password.txt")).doesNotExist();
    assertThat(output.getOut()).doesNotContain("configured-first", "configured-second");
  }

  @Test
  void theBulkwriterAdminPasswordVariableOfTheReadmeSetsTheAdminsPassword() {
    List<String> args = new ArrayList<>();
    TestApplication.defaults().forEach((key, value) -> args.add("--" + key + "=" + value));
    DatabaseUnderTest.H2.properties().forEach((key, value) -> args.add("--" + key + "=" + value));
    args.add("--bulkwriter.data-dir=" + dataDir);
    // the product's own application.properties only, without the tests' fixed admin password;
    // the variable comes in the way an environment variable would, as a property of that name
    args.add("--spring.config.location=classpath:/application.properties");
    args.add("--BULKWRITER_ADMIN_PASSWORD=from-the-environment");
    try (var node =
        new SpringApplicationBuilder(BulkwriterApplication.class)
            .run(args.toArray(String[]::new))) {
      var api = new Api(port(node));
      assertThat(api.basic("admin", "from-the-environment").get("/api/auth/me").status())
          .isEqualTo(200);
    }
    assertThat(dataDir.resolve("admin-password.txt")).doesNotExist();
  }

  @Test
  void aWeakAdminPasswordStopsTheStartWithAClearMessageThatDoesNotShowIt() {
    Map<String, Object> database = DatabaseUnderTest.H2.properties();
    for (String weak : List.of("abc", "my-admin-secret-1", "password1234")) {
      assertThatThrownBy(() -> start(database, weak).close())
          .as(weak)
          .rootCause()
          .hasMessageContaining("BULKWRITER_ADMIN_PASSWORD")
          .hasMessageContaining("is refused")
          .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain(weak));
    }
  }

  /** Command-line arguments, because they win over the tests' config/application.properties. */
  private ConfigurableApplicationContext start(Map<String, Object> database, String password) {
    List<String> args = new ArrayList<>();
    TestApplication.defaults().forEach((key, value) -> args.add("--" + key + "=" + value));
    database.forEach((key, value) -> args.add("--" + key + "=" + value));
    args.add("--bulkwriter.data-dir=" + dataDir);
    args.add("--bulkwriter.security.admin-password=" + password);
    return new SpringApplicationBuilder(BulkwriterApplication.class)
        .run(args.toArray(String[]::new));
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
