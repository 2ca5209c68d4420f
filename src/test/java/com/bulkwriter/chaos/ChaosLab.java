package com.bulkwriter.chaos;

import com.bulkwriter.support.LlmSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything one chaos scenario runs on, and cleans up after even when it fails: a work directory
 * under {@code target/chaos/<scenario>} for the nodes' data and logs, the LLM simulator in this JVM
 * (counting complete answers per keyword), product nodes, and on request a PostgreSQL server.
 */
final class ChaosLab implements AutoCloseable {

  private static final Path ROOT = Path.of(System.getProperty("chaos.dir", "target/chaos"));
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String scenario;
  private final Path dir;
  private final LlmSimulator llm;
  private final String llmKey = "sk-chaos-" + randomHex(16);
  // long, random, free of the account name and ending in a letter, so that no stem of it is a
  // common password (PasswordPolicy)
  private final String adminPassword = "Chaos-" + randomHex(16) + "-q";
  private final List<ProductNode> nodes = new ArrayList<>();
  private final PaidAnswers paid;
  private ChaosPostgres postgres;

  private ChaosLab(String scenario, Duration answerTime, int requestsPerMinute) {
    this.scenario = scenario;
    this.dir = ROOT.resolve(scenario).toAbsolutePath();
    deleteRecursively(dir);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // limits far above what two nodes ask: the scenarios are about crashes, not about pacing
    this.llm = LlmSimulator.start(llmKey, requestsPerMinute, 1_000_000_000).latency(answerTime);
    this.paid = new PaidAnswers(llm);
  }

  /** A lab whose simulated provider takes {@code answerTime} per answer. */
  static ChaosLab open(String scenario, Duration answerTime) {
    return new ChaosLab(scenario, answerTime, 600_000);
  }

  /**
   * A lab whose simulated provider also announces and enforces {@code requestsPerMinute}: the nodes
   * pace to it, and Little's law then sizes the calls each node holds in flight (with the far
   * higher default limit, the first node to look claims a whole batch at once).
   */
  static ChaosLab open(String scenario, Duration answerTime, int requestsPerMinute) {
    return new ChaosLab(scenario, answerTime, requestsPerMinute);
  }

  /**
   * Starts a node with the simulator as its OpenAI-compatible provider, its data in {@code dataDir}
   * (kept across restarts of the same node), plus {@code settings}.
   */
  ProductNode startNode(String nodeId, String dataDir, Map<String, String> settings) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("bulkwriter.data-dir", dir.resolve(dataDir).toString());
    all.put("bulkwriter.openai.base-url", llm.baseUrl());
    all.put("bulkwriter.openai.requests-per-minute", "600000");
    all.put("bulkwriter.openai.tokens-per-minute", "1000000000");
    all.putAll(settings);
    ProductNode node =
        ProductNode.start(
            nodeId,
            dir,
            all,
            Map.of("BULKWRITER_ADMIN_PASSWORD", adminPassword, "OPENAI_API_KEY", llmKey));
    nodes.add(node);
    return node;
  }

  /** The simulated provider, for what it was asked (files uploaded, provider batches created). */
  LlmSimulator llm() {
    return llm;
  }

  /** This lab's PostgreSQL server, started on first use. */
  ChaosPostgres postgres() {
    if (postgres == null) {
      postgres = ChaosPostgres.start(dir);
    }
    return postgres;
  }

  /** The settings that point a node at {@code database} on this lab's PostgreSQL. */
  Map<String, String> postgresSettings(String database) {
    return Map.of(
        "spring.datasource.url", postgres().jdbcUrl(database),
        "spring.datasource.username", "postgres",
        "spring.datasource.password", "");
  }

  /** What the embedded H2 database that a stopped node left in {@code dataDir} holds. */
  QueueAudit auditH2(String dataDir, ChaosBatch batch) throws SQLException {
    String file = dir.resolve(dataDir).resolve("bulkwriter").toString();
    try (Connection connection =
        DriverManager.getConnection(
            "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=FALSE",
            "sa",
            "")) {
      return QueueAudit.of(connection, batch.id());
    }
  }

  /** What {@code database} on this lab's PostgreSQL holds. */
  QueueAudit auditPostgres(String database, ChaosBatch batch) throws SQLException {
    try (Connection connection = postgres().connect(database)) {
      return QueueAudit.of(connection, batch.id());
    }
  }

  /** RUNNING articles whose lease {@code nodeId} holds in {@code database}. */
  int heldOnPostgres(String database, String nodeId) {
    try (Connection connection = postgres().connect(database)) {
      return QueueAudit.heldBy(connection, nodeId);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot count the leases of " + nodeId, e);
    }
  }

  /** SIGKILL of {@code node}, noted for the bill (see {@link PaidAnswers}). */
  void kill(ProductNode node) {
    paid.kill(node);
  }

  /**
   * Answers beyond the first per keyword of {@code batch} that count against "at most one per
   * kill": all but those the provider streamed into a node already killed.
   */
  int paidTwice(ChaosBatch batch) {
    return paid.paidTwiceCounted(batch);
  }

  /** The answers paid twice by cause, for reports. */
  String paidTwiceDetail(ChaosBatch batch) {
    return paid.detail(batch);
  }

  /**
   * Prints a scenario's figures and appends them to {@code target/chaos/summary.txt}, for the
   * failure-modes table in docs/queue.md.
   */
  void report(String figures, Object... values) {
    String line = "CHAOS " + scenario + ": " + String.format(Locale.ROOT, figures, values);
    System.out.println(line);
    try {
      Files.writeString(
          ROOT.resolve("summary.txt"),
          line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    nodes.forEach(ProductNode::close);
    if (postgres != null) {
      postgres.close();
    }
    paid.close();
    llm.close();
  }

  static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  static double seconds(long fromNanos) {
    return (System.nanoTime() - fromNanos) / 1e9;
  }

  private static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
