package com.bulkwriter.chaos;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A PostgreSQL server of the chaos tests' own (zonky's embedded binaries) on a fixed port with its
 * own data directory, so that it can be restarted in place like {@code pg_ctl restart -m fast}
 * while the nodes keep their JDBC URL; its log goes to {@code postgres.log} beside the nodes'.
 */
final class ChaosPostgres implements AutoCloseable {

  private final Path dataDirectory;
  private final Path log;
  private final int port;
  private EmbeddedPostgres server;

  private ChaosPostgres(Path workDir) {
    this.dataDirectory = workDir.resolve("postgres-data");
    this.log = workDir.resolve("postgres.log");
    this.port = ProductNode.freePort();
  }

  static ChaosPostgres start(Path workDir) {
    ChaosPostgres postgres = new ChaosPostgres(workDir);
    postgres.startServer();
    return postgres;
  }

  /** Creates an empty database and returns its JDBC URL (user postgres, no password). */
  String createDatabase(String name) {
    try (Connection connection = connect("postgres");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
    return jdbcUrl(name);
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** A new connection as the superuser; callers close it. */
  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
  }

  /**
   * Stops the server (fast mode: open transactions are rolled back) and starts it again in place.
   */
  synchronized void restart() {
    stopServer();
    startServer();
  }

  /** Ends every connection to {@code database} but this one; returns how many were ended. */
  int terminateBackends(String database) {
    String sql =
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            + " WHERE datname = '"
            + database
            + "' AND pid <> pg_backend_pid()";
    try (Connection connection = connect("postgres");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot terminate the backends of " + database, e);
    }
  }

  @Override
  public synchronized void close() {
    stopServer();
  }

  private void startServer() {
    try {
      Files.createDirectories(dataDirectory);
      ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
      server =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setServerConfig("max_connections", "200")
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setPGStartupWait(Duration.ofSeconds(60))
              .setOutputRedirector(toLog)
              .setErrorRedirector(toLog)
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start PostgreSQL on port " + port, e);
    }
  }

  private void stopServer() {
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot stop PostgreSQL", e);
      } finally {
        server = null;
      }
    }
  }
}
