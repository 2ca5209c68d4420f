package com.bulkwriter.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real WordPress from Debian's packages ({@code wordpress}, {@code mariadb-server}, {@code
 * php-cli}, {@code php-mysql}; {@code .ci/run} installs them) for publishing tests: a MariaDB of
 * its own in a temporary directory and PHP's built-in web server, on free ports, started once per
 * test run ({@link #shared()}) and stopped when the JVM exits.
 *
 * <p>The site: an administrator {@link #ADMIN} with an application password ({@link
 * #adminPassword()}), a subscriber {@link #READER} who may not write posts ({@link
 * #readerPassword()}), timezone Europe/Berlin, pretty permalinks so that the REST API answers under
 * {@code /wp-json/}. {@link #url()} is the site; {@link #restDisabledUrl()} is the same site as a
 * security plugin that switched the REST API off shows it (every {@code /wp-json/} path is 404).
 *
 * <p>Tests call {@link #shared()} in a {@code @BeforeAll}: without the binaries they are skipped
 * with a message that says what to install, never failed.
 */
public final class WordPress implements AutoCloseable {

  public static final String ADMIN = "editor-in-chief";
  public static final String READER = "reader";
  public static final String TIMEZONE = "Europe/Berlin";

  private static final Path WORDPRESS = Path.of("/usr/share/wordpress");
  private static final Path CONFIGS = Path.of("/etc/wordpress");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static WordPress shared;

  private final Path home;
  private final Path config;
  private final int port;
  private final List<Process> processes = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private String adminPassword;
  private String readerPassword;

  private WordPress(Path home, int port) {
    this.home = home;
    this.port = port;
    this.config = CONFIGS.resolve("config-" + configName() + ".php");
  }

  /** Why the harness cannot run here, or {@code null} when it can. */
  public static String missing() {
    List<String> absent = new ArrayList<>();
    if (!Files.isRegularFile(WORDPRESS.resolve("wp-load.php"))) {
      absent.add("wordpress");
    }
    if (executable("mariadbd") == null || executable("mariadb-install-db") == null) {
      absent.add("mariadb-server");
    }
    if (executable("php") == null) {
      absent.add("php-cli php-mysql");
    }
    if (!Files.isDirectory(CONFIGS) || !Files.isWritable(CONFIGS)) {
      absent.add("(a writable /etc/wordpress)");
    }
    return absent.isEmpty()
        ? null
        : "WordPress tests need Debian's packages: apt-get install -y " + String.join(" ", absent);
  }

  /**
   * The test run's WordPress, started on first use; skips the calling test (JUnit assumption) when
   * the binaries are absent.
   */
  public static synchronized WordPress shared() {
    String missing = missing();
    Assumptions.assumeTrue(missing == null, missing);
    if (shared == null) {
      try {
        WordPress started =
            new WordPress(
                Files.createTempDirectory("bulkwriter-wordpress-"), TestApplication.freePort());
        Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        started.start();
        shared = started;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  /** The site's address, e.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /** The same site with its REST API switched off: every path under it answers 404. */
  public String restDisabledUrl() {
    return url() + "/rest-off";
  }

  /** The application password of {@link #ADMIN}. */
  public String adminPassword() {
    return adminPassword;
  }

  /** The application password of {@link #READER}, a subscriber: may read, may not write posts. */
  public String readerPassword() {
    return readerPassword;
  }

  /**
   * A REST call as {@link #ADMIN}: the path after {@code /wp-json/}, e.g. {@code wp/v2/posts/7}.
   */
  public JsonNode get(String path) {
    return send(HttpRequest.newBuilder(rest(path)).GET(), path);
  }

  /** Deletes a post for good (not to the trash), as a user on the site would. */
  public void deletePost(long id) {
    send(HttpRequest.newBuilder(rest("wp/v2/posts/" + id + "?force=true")).DELETE(), "delete");
  }

  /** Every post of any status whose content holds {@code text} (drafts and scheduled ones too). */
  public JsonNode postsContaining(String text) {
    return get(
        "wp/v2/posts?context=edit&per_page=100&status=publish,future,draft,pending,private&search="
            + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8));
  }

  private URI rest(String path) {
    return URI.create(url() + "/wp-json/" + path);
  }

  private JsonNode send(HttpRequest.Builder request, String what) {
    String auth = ADMIN + ":" + adminPassword;
    request.header(
        "Authorization",
        "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            "WordPress answered " + response.statusCode() + " to " + what + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String configName() {
    return "bulkwriter-test-" + port;
  }

  private void start() throws IOException {
    int databasePort = TestApplication.freePort();
    startDatabase(databasePort);
    writeSiteFiles(databasePort);
    install();
    startWebServer();
  }

  private void startDatabase(int databasePort) throws IOException {
    Path data = home.resolve("db");
    boolean root = "root".equals(System.getProperty("user.name"));
    List<String> install =
        new ArrayList<>(
            List.of(
                executable("mariadb-install-db").toString(),
                "--no-defaults",
                "--datadir=" + data,
                "--auth-root-authentication-method=normal",
                "--skip-test-db"));
    if (root) {
      install.add("--user=root");
    }
    run(install, Duration.ofMinutes(2));
    List<String> server =
        new ArrayList<>(
            List.of(
                executable("mariadbd").toString(),
                "--no-defaults",
                "--datadir=" + data,
                "--socket=" + home.resolve("mysqld.sock"),
                "--pid-file=" + home.resolve("mysqld.pid"),
                "--port=" + databasePort,
                "--bind-address=127.0.0.1",
                "--skip-log-bin",
                "--innodb-buffer-pool-size=16M"));
    if (root) {
      server.add("--user=root");
    }
    processes.add(launch(server, home.resolve("mariadb.log")));
    awaitPort(databasePort, Duration.ofSeconds(60));
    run(
        List.of(
            "mariadb",
            "--no-defaults",
            "--socket=" + home.resolve("mysqld.sock"),
            "-uroot",
            "-e",
            "CREATE DATABASE IF NOT EXISTS wordpress; CREATE USER IF NOT EXISTS 'wp'@'127.0.0.1'"
                + " IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO 'wp'@'127.0.0.1';"),
        Duration.ofSeconds(30));
  }

  /** Debian's per-site configuration, a content directory of its own, and the router. */
  private void writeSiteFiles(int databasePort) throws IOException {
    Path content = Files.createDirectories(home.resolve("wp-content"));
    Files.createDirectories(content.resolve("uploads"));
    Files.createSymbolicLink(
        content.resolve("themes"), WORDPRESS.resolve("wp-content/themes").toRealPath());
    StringBuilder salts = new StringBuilder();
    for (String key :
        List.of(
            "AUTH_KEY",
            "SECURE_AUTH_KEY",
            "LOGGED_IN_KEY",
            "NONCE_KEY",
            "AUTH_SALT",
            "SECURE_AUTH_SALT",
            "LOGGED_IN_SALT",
            "NONCE_SALT")) {
      salts.append("define('%s', '%s');\n".formatted(key, UUID.randomUUID()));
    }
    Files.writeString(
        config,
        """
        <?php
        // written by Bulkwriter's tests (support/WordPress) and removed when they end
        define('DB_NAME', 'wordpress');
        define('DB_USER', 'wp');
        define('DB_PASSWORD', 'wp');
        define('DB_HOST', '127.0.0.1:%d');
        define('WP_CONTENT_DIR', '%s');
        define('WP_HOME', '%s');
        define('WP_SITEURL', '%s');
        define('WP_ENVIRONMENT_TYPE', 'local');
        define('DISABLE_WP_CRON', true);
        define('AUTOMATIC_UPDATER_DISABLED', true);
        define('WP_HTTP_BLOCK_EXTERNAL', true);
        define('FS_METHOD', 'direct');
        %s"""
            .formatted(databasePort, content, url(), url(), salts));
    Files.writeString(
        home.resolve("router.php"),
        """
        <?php
        // PHP's built-in server: Debian's wp-config.php picks this site's configuration by name,
        // /rest-off/... plays a site whose REST API is switched off, and every other path that is
        // not a file reaches WordPress's index.php (as Apache's rewrite rules would).
        $_SERVER['WORDPRESS_CONFIG'] = '%s';
        $path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
        if (str_starts_with($path, '/rest-off')) {
          if (str_contains($path, '/wp-json') || str_contains($_SERVER['QUERY_STRING'] ?? '', 'rest_route')) {
            http_response_code(404);
            header('Content-Type: text/html');
            echo '<h1>Not Found</h1>';
            return true;
          }
          $path = substr($path, strlen('/rest-off')) ?: '/';
        }
        $file = '%s' . $path;
        if (is_dir($file) && is_file(rtrim($file, '/') . '/index.php')) {
          $file = rtrim($file, '/') . '/index.php';
        }
        if (is_file($file) && !str_ends_with($file, '.php')) {
          return false;
        }
        if (!is_file($file)) {
          $file = '%s/index.php';
        }
        $_SERVER['SCRIPT_FILENAME'] = $file;
        $_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = substr($file, strlen('%s'));
        chdir(dirname($file));
        require $file;
        return true;
        """
            .formatted(configName(), WORDPRESS, WORDPRESS, WORDPRESS));
  }

  /** Installs the site and its users from PHP, and prints their application passwords. */
  private void install() throws IOException {
    Path setup = home.resolve("setup.php");
    Files.writeString(
        setup,
        """
        <?php
        $_SERVER['HTTP_HOST'] = '127.0.0.1:%d';
        $_SERVER['WORDPRESS_CONFIG'] = '%s';
        $_SERVER['REQUEST_URI'] = '/';
        $_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
        define('WP_INSTALLING', true);
        require '%s/wp-load.php';
        require_once ABSPATH . 'wp-admin/includes/upgrade.php';
        wp_install('Bulkwriter test site', '%s', 'chief@example.test', false, '', 'Chief-Password-2931');
        update_option('timezone_string', '%s');
        update_option('permalink_structure', '/%%postname%%/');
        delete_option('rewrite_rules');
        $chief = get_user_by('login', '%s');
        $reader = wp_insert_user(['user_login' => '%s', 'user_pass' => 'Reader-Password-5521',
          'user_email' => 'reader@example.test', 'role' => 'subscriber']);
        [$chiefPassword] = WP_Application_Passwords::create_new_application_password(
          $chief->ID, ['name' => 'bulkwriter-tests']);
        [$readerPassword] = WP_Application_Passwords::create_new_application_password(
          $reader, ['name' => 'bulkwriter-tests']);
        echo "\\nPASSWORDS " . json_encode(['chief' => $chiefPassword, 'reader' => $readerPassword]) . "\\n";
        """
            .formatted(port, configName(), WORDPRESS, ADMIN, TIMEZONE, ADMIN, READER));
    String output = run(List.of("php", setup.toString()), Duration.ofMinutes(2));
    int at = output.lastIndexOf("PASSWORDS ");
    if (at < 0) {
      throw new IllegalStateException("WordPress did not install: " + output);
    }
    JsonNode passwords = JSON.readTree(output.substring(at + "PASSWORDS ".length()).strip());
    adminPassword = passwords.get("chief").stringValue();
    readerPassword = passwords.get("reader").stringValue();
  }

  private void startWebServer() throws IOException {
    ProcessBuilder php =
        new ProcessBuilder(
                "php",
                "-S",
                "127.0.0.1:" + port,
                "-t",
                WORDPRESS.toString(),
                home.resolve("router.php").toString())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("php.log").toFile());
    php.environment().put("PHP_CLI_SERVER_WORKERS", "4");
    processes.add(php.start());
    awaitPort(port, Duration.ofSeconds(30));
    Instant deadline = Instant.now().plusSeconds(30);
    while (true) {
      try {
        get("wp/v2/users/me");
        return;
      } catch (RuntimeException notYet) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "WordPress's REST API does not answer; see " + home.resolve("php.log"), notYet);
        }
        sleep(200);
      }
    }
  }

  @Override
  public synchronized void close() {
    for (Process process : processes.reversed()) {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    processes.clear();
    try {
      Files.deleteIfExists(config);
    } catch (IOException ignored) {
      // the JVM is ending; a stale file for a port nobody serves harms nothing
    }
  }

  private static Process launch(List<String> command, Path log) throws IOException {
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static String run(List<String> command, Duration timeout) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(command.getFirst() + " did not finish in " + timeout);
      }
      String text = new String(out, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            command.getFirst() + " failed (" + process.exitValue() + "): " + text);
      }
      return text;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void awaitPort(int port, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("Nothing listens on port " + port + " after " + timeout);
        }
        sleep(100);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path executable(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    for (String dir : List.of("/usr/sbin", "/usr/bin", "/sbin")) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
