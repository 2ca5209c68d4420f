package com.bulkwriter.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bulkwriter.generation.SharedBuckets;
import com.bulkwriter.publishing.internal.WordPressFailure.Kind;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the client sorts a site's answers, against a real HTTP server that answers what each test
 * sets: rate limits with their Retry-After, refusals that pause a job, the REST API missing, a
 * refused certificate, answers that are not JSON.
 */
class WordPressClientTest {

  record Answer(int status, String contentType, String body, Map<String, String> headers) {
    static Answer json(int status, String body, String... headers) {
      Map<String, String> map = new java.util.HashMap<>();
      for (int i = 0; i < headers.length; i += 2) {
        map.put(headers[i], headers[i + 1]);
      }
      return new Answer(status, "application/json", body, map);
    }
  }

  final AtomicReference<Answer> answer = new AtomicReference<>();

  /** What POST requests get, when set (else {@link #answer}). */
  final AtomicReference<Answer> postAnswer = new AtomicReference<>();

  HttpServer server;

  WordPressClient client(Duration pace) {
    var properties =
        new PublishingProperties(
            pace,
            Duration.ofSeconds(2),
            Duration.ofSeconds(5),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    return new WordPressClient(
        properties,
        JsonMapper.builder().build(),
        new SitePace(properties, SharedBuckets.inThisProcess()));
  }

  SiteAccess site() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
    return new SiteAccess(
        UUID.randomUUID(), "http://127.0.0.1:" + server.getAddress().getPort(), "u", "p");
  }

  void answer(HttpExchange exchange) throws IOException {
    Answer now =
        exchange.getRequestMethod().equals("POST") && postAnswer.get() != null
            ? postAnswer.get()
            : answer.get();
    byte[] body = now.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", now.contentType());
    now.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.sendResponseHeaders(now.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private Kind kindOf(WordPressClient client, SiteAccess site) {
    try {
      client.me(site);
      throw new AssertionError("no failure");
    } catch (WordPressFailure e) {
      return e.kind();
    }
  }

  @Test
  void answersAreSortedByWhatPublishingDoesAboutThem() throws IOException {
    var client = client(Duration.ZERO);
    var site = site();
    answer.set(Answer.json(401, "{\"code\": \"incorrect_password\", \"message\": \"Wrong\"}"));
    assertThat(kindOf(client, site)).isEqualTo(Kind.AUTHENTICATION);
    answer.set(Answer.json(403, "{\"code\": \"rest_cannot_create\"}"));
    assertThat(kindOf(client, site)).isEqualTo(Kind.CAPABILITY);
    answer.set(new Answer(404, "text/html", "<h1>Not Found</h1>", Map.of()));
    assertThat(kindOf(client, site)).isEqualTo(Kind.NO_REST_API);
    answer.set(
        Answer.json(400, "{\"code\": \"rest_invalid_param\", \"message\": \"Bad &amp; wrong\"}"));
    assertThatThrownBy(() -> client.me(site))
        .isInstanceOf(WordPressFailure.class)
        .hasMessageContaining("Bad & wrong");
    answer.set(Answer.json(500, "{}"));
    assertThat(kindOf(client, site)).isEqualTo(Kind.RETRYABLE);
    answer.set(Answer.json(503, "{}"));
    assertThat(kindOf(client, site)).isEqualTo(Kind.RETRYABLE);
    answer.set(new Answer(200, "text/html", "<b>Warning</b>: PHP notice", Map.of()));
    assertThat(kindOf(client, site)).isEqualTo(Kind.RETRYABLE);
  }

  @Test
  void retryAfterIsReadInSecondsAndAsADateOn429And503() throws IOException {
    var client = client(Duration.ZERO);
    var site = site();
    answer.set(Answer.json(429, "{}", "Retry-After", "7"));
    assertThatThrownBy(() -> client.me(site))
        .isInstanceOfSatisfying(
            WordPressFailure.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
              assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
            });
    String inAMinute =
        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
            java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(60));
    answer.set(Answer.json(503, "{}", "Retry-After", inAMinute));
    assertThatThrownBy(() -> client.me(site))
        .isInstanceOfSatisfying(
            WordPressFailure.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
              assertThat(e.retryAfter()).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61));
            });
  }

  @Test
  void aPostThatIsGoneIsEmptyAndAnExistingTermIsReused() throws IOException {
    var client = client(Duration.ZERO);
    var site = site();
    answer.set(Answer.json(404, "{\"code\": \"rest_post_invalid_id\"}"));
    assertThat(client.find(site, 12)).isEmpty();
    answer.set(Answer.json(200, "[{\"id\": 9, \"name\": \"Newsletter\"}]"));
    postAnswer.set(Answer.json(400, "{\"code\": \"term_exists\", \"data\": {\"term_id\": 42}}"));
    assertThat(client.term(site, "categories", "News")).isEqualTo(42);
    assertThat(client.term(site, "categories", "newsletter")).isEqualTo(9);
  }

  @Test
  void requestsToOneSiteKeepThePaceApart() throws IOException {
    assertThat(threeRequests(client(Duration.ofMillis(200)), site()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(400));
  }

  @Test
  void aSitesOwnPaceWinsOverTheConfiguredOne() throws IOException {
    var configured = site();
    var own =
        new SiteAccess(
            configured.id(),
            configured.url(),
            configured.username(),
            configured.password(),
            Duration.ofMillis(250));
    assertThat(threeRequests(client(Duration.ZERO), own))
        .isGreaterThanOrEqualTo(Duration.ofMillis(500));
  }

  private Duration threeRequests(WordPressClient client, SiteAccess site) {
    answer.set(Answer.json(200, "{}"));
    long start = System.nanoTime();
    client.me(site);
    client.me(site);
    client.me(site);
    return Duration.ofNanos(System.nanoTime() - start);
  }

  @Test
  void aCertificateTheJvmDoesNotTrustIsACertificateFailure() throws Exception {
    Path dir = Files.createTempDirectory("bulkwriter-tls-");
    Path store = dir.resolve("self-signed.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "site",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=localhost",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    keytool.getInputStream().readAllBytes();
    assertThat(keytool.waitFor()).isZero();
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (var in = new FileInputStream(store.toFile())) {
      keys.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory managers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    managers.init(keys, "changeit".toCharArray());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(managers.getKeyManagers(), null, null);
    var listener =
        (javax.net.ssl.SSLServerSocket)
            tls.getServerSocketFactory()
                .createServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress());
    Thread.ofVirtual()
        .start(
            () -> {
              try (var socket = (javax.net.ssl.SSLSocket) listener.accept()) {
                socket.startHandshake();
              } catch (IOException refused) {
                // the client refuses the certificate: that is the point
              }
            });
    var site =
        new SiteAccess(UUID.randomUUID(), "https://127.0.0.1:" + listener.getLocalPort(), "u", "p");
    try {
      client(Duration.ZERO).me(site);
    } catch (WordPressFailure e) {
      assertThat(e.kind()).as(e.getMessage()).isEqualTo(Kind.CERTIFICATE);
    } finally {
      listener.close();
    }
  }
}
