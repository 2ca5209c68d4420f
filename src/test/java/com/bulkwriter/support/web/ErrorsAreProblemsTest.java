package com.bulkwriter.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Every error is problem+json without internals, including those Tomcat raises before the
 * application sees the request and those no handler expected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorsAreProblemsTest.Failing.class)
@ExtendWith(OutputCaptureExtension.class)
class ErrorsAreProblemsTest {

  @LocalServerPort int port;
  Api api;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeEach
  void client() {
    api = new Api(port);
  }

  /** A controller that fails as no real one should, with internals in its message. */
  @TestConfiguration
  @RestController
  static class Failing {
    @GetMapping("/api/test-failure")
    String fail() {
      throw new IllegalStateException("secret internals at com.example.Hidden");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/articles/queue/..%2F..%2Fetc%2Fpasswd",
        "/api/articles/queue/a%5Cb",
        "/api/articles/queue/%00",
        "/api/articles/queue/%252e%252e/x",
        "/api/articles/queue;a=b",
        "/api//articles/queue"
      })
  void urlsTheServerRefusesBeforeTheApplicationGetA400ProblemNotAnHtmlPage(String path) {
    var response = api.get(path);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("status").intValue()).isEqualTo(400);
    assertThat(problem.get("title").stringValue()).isEqualTo("Bad Request");
    assertThat(response.body()).doesNotContain("Tomcat", "<html", "Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/a|b", "/api/articles/queue/%ZZ", "/api/a b"})
  void aRequestLineTomcatCannotParseGetsAProblem(String target) throws IOException {
    String answer =
        raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 400");
    assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
    assertThat(answer).doesNotContain("Tomcat", "<html");
  }

  @Test
  void anUnexpectedFailureIsA500WithAnErrorIdThatIsInTheLogAndNoInternals(CapturedOutput log) {
    var response = api.get("/api/test-failure");

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    String errorId = response.json().get("errorId").stringValue();
    assertThat(errorId).isNotBlank();
    assertThat(response.body()).doesNotContain("secret", "IllegalState", "com.example", "trace");
    assertThat(log.getAll()).contains(errorId).contains("secret internals");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"batchIds\": {\"a\": 1}, \"formats\": [\"md\"]}",
        "{\"formats\": [[1]]}",
        "[1, 2]",
        "{\"formats\": \"md\"",
      })
  void anUnreadableBodyNamesThePlaceNotTheClassesItWasReadInto(String body) {
    var response = api.post("/api/exports", "application/json", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("detail").stringValue())
        .startsWith("The body could not be read");
    assertThat(response.body())
        .doesNotContain("com.bulkwriter", "java.", "tools.jackson", "Exception");
  }

  @Test
  void anUnknownApiAddressIsAProblemToo() {
    var response = api.get("/api/no-such-thing");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
