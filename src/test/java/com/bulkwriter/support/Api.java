package com.bulkwriter.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for a running node, as curl would talk to it. {@code new Api(port)} acts as
 * the admin (whose password the tests' {@code config/application.properties} sets) with a personal
 * API token it creates on first use; {@link #as}, {@link #anonymous}, {@link #withToken} and {@link
 * #signIn} give clients that act as someone else or as nobody.
 */
public final class Api {

  /** The first admin of every test node (see src/test/resources/config/application.properties). */
  public static final String ADMIN = "admin";

  public static final String ADMIN_PASSWORD = "Lantern-Orbit-5823";

  /**
   * The password of the tests' other accounts: it passes the password policy (12 characters, not
   * common) and contains none of their usernames.
   */
  public static final String USER_PASSWORD = "Hedgerow-Quill-7391";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private enum Mode {
    ANONYMOUS,
    TOKEN,
    BASIC,
    SESSION
  }

  private final HttpClient client;
  private final CookieManager cookies;
  private final String base;
  private final Mode mode;
  private final String username;
  private final String password;
  private String token;

  public Api(int port) {
    this("http://localhost:" + port, Mode.TOKEN, ADMIN, ADMIN_PASSWORD, null, null);
  }

  private Api(
      String base,
      Mode mode,
      String username,
      String password,
      String token,
      CookieManager cookies) {
    this.base = base;
    this.mode = mode;
    this.username = username;
    this.password = password;
    this.token = token;
    this.cookies = cookies;
    HttpClient.Builder builder = HttpClient.newBuilder();
    if (cookies != null) {
      builder.cookieHandler(cookies);
    }
    this.client = builder.build();
  }

  /** A client acting as another account, with an API token it creates on first use. */
  public Api as(String username, String password) {
    return new Api(base, Mode.TOKEN, username, password, null, null);
  }

  /**
   * Creates a USER account through this (admin) client and returns a client acting as it, with
   * {@link #USER_PASSWORD}.
   */
  public Api newUser(String username) {
    String password = USER_PASSWORD;
    Response created =
        post(
            "/api/users",
            "application/json",
            JSON.writeValueAsString(
                java.util.Map.of("username", username, "password", password, "role", "USER")));
    if (created.status() != 201) {
      throw new IllegalStateException("Cannot create user " + username + ": " + created.body());
    }
    return as(username, password);
  }

  /** A client that sends HTTP Basic credentials on every request. */
  public Api basic(String username, String password) {
    return new Api(base, Mode.BASIC, username, password, null, null);
  }

  /** A client that sends no credentials at all. */
  public Api anonymous() {
    return new Api(base, Mode.ANONYMOUS, null, null, null, null);
  }

  /** A client that sends this API token. */
  public Api withToken(String token) {
    return new Api(base, Mode.TOKEN, null, null, token, null);
  }

  /**
   * A client like the web UI: signs in with {@code POST /api/auth/login}, keeps the session cookie
   * and sends the XSRF-TOKEN cookie back as X-XSRF-TOKEN, unless a request says otherwise.
   */
  public Api signIn(String username, String password) {
    var jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    Api session = new Api(base, Mode.SESSION, username, password, null, jar);
    session.get("/api/auth/me"); // the first answer brings the XSRF-TOKEN cookie
    Response login =
        session.post(
            "/api/auth/login",
            "application/json",
            JSON.writeValueAsString(java.util.Map.of("username", username, "password", password)));
    if (login.status() != 200) {
      throw new IllegalStateException("Sign-in as " + username + " failed: " + login.body());
    }
    return session;
  }

  /** The current value of the XSRF-TOKEN cookie of a signed-in client. */
  public String csrfToken() {
    if (cookies == null) {
      return null;
    }
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** The cookies of a signed-in client as a Cookie header, e.g. for a WebSocket handshake. */
  public String cookieHeader() {
    return cookies.getCookieStore().getCookies().stream()
        .map(cookie -> cookie.getName() + "=" + cookie.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** This client's API token, created with its credentials the first time it is asked for. */
  public synchronized String token() {
    if (token == null) {
      Response created =
          basic(username, password)
              .post("/api/auth/tokens", "application/json", "{\"name\": \"tests\"}");
      if (created.status() != 201) {
        throw new IllegalStateException(
            "Cannot create a token for "
                + username
                + ": "
                + created.status()
                + " "
                + created.body());
      }
      token = created.json().get("token").stringValue();
    }
    return token;
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  public Response post(String path) {
    return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
  }

  public Response delete(String path) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE());
  }

  public Response post(String path, String contentType, String body, String... headers) {
    var request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  public Response put(String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Sends the request with this client's credentials (a header already set is kept). */
  public Response send(HttpRequest.Builder request) {
    HttpRequest built = request.build();
    HttpRequest.Builder signed = HttpRequest.newBuilder(built, (name, value) -> true);
    boolean hasAuthorization = built.headers().firstValue("Authorization").isPresent();
    switch (mode) {
      case TOKEN -> {
        if (!hasAuthorization) {
          signed.header("Authorization", "Bearer " + token());
        }
      }
      case BASIC -> {
        if (!hasAuthorization) {
          signed.header("Authorization", basicHeader(username, password));
        }
      }
      case SESSION -> {
        String csrf = csrfToken();
        if (csrf != null
            && !built.method().equals("GET")
            && built.headers().firstValue("X-XSRF-TOKEN").isEmpty()) {
          signed.header("X-XSRF-TOKEN", csrf);
        }
      }
      case ANONYMOUS -> {}
    }
    return exchange(signed.build());
  }

  private Response exchange(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String basicHeader(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public URI uri(String path) {
    return URI.create(base + path);
  }

  /** A response with its body parsed as JSON when it is JSON. */
  public record Response(HttpResponse<String> raw) {

    public int status() {
      return raw.statusCode();
    }

    public String body() {
      return raw.body();
    }

    public JsonNode json() {
      return JSON.readTree(raw.body());
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }
}
