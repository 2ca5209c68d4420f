package com.bulkwriter.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.bulkwriter.support.DatabaseUnderTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The built UI as a browser gets it: the HTML shell revalidated on every load, the hashed assets
 * compressed and cached for a year, and the sign-in page's script small. Skipped when the UI was
 * not built ({@code -DskipFrontend}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticAssetsTest {

  /** What the sign-in page may load of script, as sent (compressed). */
  private static final long SIGN_IN_SCRIPT_BUDGET = 200_000;

  private static final Pattern SCRIPTS = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+\\.js)\"");

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeAll
  void uiBuilt() {
    assumeTrue(
        new ClassPathResource("static/index.html").exists(),
        "the web UI was not built (-DskipFrontend)");
  }

  @Test
  void theHtmlShellIsRevalidatedOnEveryLoadAlsoOnClientRoutes() throws Exception {
    for (String path : List.of("/", "/sign-in", "/batches/new")) {
      HttpResponse<String> shell = get(path, null);
      assertThat(shell.statusCode()).isEqualTo(200);
      assertThat(shell.body()).contains("<div id=\"root\">");
      assertThat(shell.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }
  }

  @Test
  void hashedAssetsAreCompressedAndCachedForAYear() throws Exception {
    String script = scriptsOfTheShell().getFirst();
    HttpResponse<byte[]> plain = getBytes(script, null);
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(plain.headers().firstValue("Cache-Control"))
        .hasValue("max-age=31536000, public, immutable");

    for (String encoding : List.of("br", "gzip")) {
      HttpResponse<byte[]> compressed = getBytes(script, encoding + ", deflate");
      assertThat(compressed.statusCode()).isEqualTo(200);
      assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue(encoding);
      assertThat(compressed.headers().allValues("Vary"))
          .anyMatch(v -> v.contains("Accept-Encoding"));
      assertThat(compressed.headers().firstValue("Cache-Control"))
          .hasValue("max-age=31536000, public, immutable");
      assertThat(compressed.body().length).isLessThan(plain.body().length / 2);
    }
    assertThat(get("/assets/no-such-file.js", null).statusCode()).isEqualTo(404);
  }

  @Test
  void theSignInPageLoadsLessThan200KbOfScript() throws Exception {
    long sent = 0;
    long raw = 0;
    for (String script : scriptsOfTheShell()) {
      sent += getBytes(script, "br, gzip").body().length;
      raw += getBytes(script, null).body().length;
    }
    System.out.printf("sign-in page script: %,d bytes sent (%,d uncompressed)%n", sent, raw);
    assertThat(sent).isLessThan(SIGN_IN_SCRIPT_BUDGET);
  }

  /** The entry script and the chunks it preloads: what any page, the sign-in page too, loads. */
  private List<String> scriptsOfTheShell() throws Exception {
    Matcher matcher = SCRIPTS.matcher(get("/sign-in", null).body());
    List<String> scripts = new ArrayList<>();
    while (matcher.find()) {
      scripts.add(matcher.group(1));
    }
    assertThat(scripts).isNotEmpty();
    return scripts;
  }

  private HttpResponse<String> get(String path, String acceptEncoding) throws Exception {
    return http.send(request(path, acceptEncoding), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> getBytes(String path, String acceptEncoding) throws Exception {
    return http.send(request(path, acceptEncoding), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest request(String path, String acceptEncoding) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    return request.build();
  }
}
