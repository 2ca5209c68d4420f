package com.bulkwriter.chaos;

import com.bulkwriter.support.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One product process, {@code java -jar target/bulkwriter.jar}, as an operator runs it: its own
 * port and log file, settings on the command line, secrets in the environment. It can be killed
 * (SIGKILL, as a machine dies) or stopped (SIGTERM); every process still alive when the test JVM
 * exits is killed by a shutdown hook, so a failed test leaves nothing running.
 */
final class ProductNode implements AutoCloseable {

  private static final Path JAR = Path.of(System.getProperty("chaos.jar", "target/bulkwriter.jar"));
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final Duration START_WITHIN = Duration.ofSeconds(120);
  private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> LIVE.forEach(Process::destroyForcibly), "chaos-node-cleanup"));
  }

  private final String nodeId;
  private final int port;
  private final Path log;
  private final Process process;
  private final Api api;

  private ProductNode(String nodeId, int port, Path log, Process process, String adminPassword) {
    this.nodeId = nodeId;
    this.port = port;
    this.log = log;
    this.process = process;
    this.api = new Api(port).as(Api.ADMIN, adminPassword);
  }

  /**
   * Starts a node named {@code nodeId} (its lease owner name, unique per process) working in {@code
   * workDir}, and waits until {@code /actuator/health} says UP.
   */
  static ProductNode start(
      String nodeId, Path workDir, Map<String, String> settings, Map<String, String> environment) {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run `./mvnw verify`");
    }
    int port = freePort();
    Path log = workDir.resolve(nodeId + ".log");
    // C1 only and the serial collector: a node starts sooner on two busy cores
    List<String> command =
        new ArrayList<>(
            List.of(
                JAVA,
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                JAR.toAbsolutePath().toString()));
    command.add("--server.address=127.0.0.1");
    command.add("--server.port=" + port);
    command.add("--bulkwriter.queue.node-id=" + nodeId);
    settings.forEach((name, value) -> command.add("--" + name + "=" + value));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    // nothing of the test JVM's own configuration may leak into the product's
    builder.environment().keySet().removeIf(ProductNode::configures);
    builder.environment().putAll(environment);
    Process process;
    try {
      Files.createDirectories(workDir);
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + nodeId, e);
    }
    LIVE.add(process);
    ProductNode node =
        new ProductNode(nodeId, port, log, process, environment.get("BULKWRITER_ADMIN_PASSWORD"));
    node.awaitHealthy();
    return node;
  }

  String nodeId() {
    return nodeId;
  }

  /** An API client acting as the admin, with a token of its own made on first use. */
  Api api() {
    return api;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL, as when a machine dies: no shutdown hook, no flush, nothing handed back. */
  void kill() {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(30));
  }

  /**
   * SIGTERM, as {@code systemctl stop} sends; returns how long the node took to exit, or kills it
   * when it is not gone within {@code within}.
   */
  Duration stop(Duration within) {
    long start = System.nanoTime();
    process.destroy();
    if (!awaitExit(within)) {
      process.destroyForcibly();
      awaitExit(Duration.ofSeconds(30));
      throw new AssertionError(
          nodeId + " did not stop within " + within + " of SIGTERM; " + tail());
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** The last lines of the node's log, for failure messages. */
  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return "last lines of "
          + log
          + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException | RuntimeException e) {
      return "(no log at " + log + ")";
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      awaitExit(Duration.ofSeconds(30));
    }
  }

  private void awaitHealthy() {
    URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
    Poll.until(
        nodeId + " to answer UP on " + health,
        START_WITHIN,
        () -> {
          if (!process.isAlive()) {
            throw new AssertionError(nodeId + " exited at start; " + tail());
          }
          HttpRequest request =
              HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build();
          try {
            HttpResponse<String> response =
                HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        },
        answer -> answer.startsWith("200") && answer.contains("\"UP\""));
  }

  private boolean awaitExit(Duration within) {
    try {
      boolean exited = process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
      if (exited) {
        LIVE.remove(process);
      }
      return exited;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return false;
    }
  }

  private static boolean configures(String variable) {
    return variable.startsWith("SPRING_")
        || variable.startsWith("BULKWRITER_")
        || variable.startsWith("OPENAI_")
        || variable.startsWith("ANTHROPIC_")
        || variable.startsWith("SERVER_")
        || variable.equals("JAVA_TOOL_OPTIONS")
        || variable.equals("_JAVA_OPTIONS");
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
