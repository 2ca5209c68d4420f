package com.bulkwriter.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The databases every queue and repository contract test runs on. */
public enum DatabaseUnderTest {
  H2,
  POSTGRESQL;

  /**
   * Spring properties that point a new application context at a fresh database of this kind (H2 as
   * a file, like the embedded default).
   */
  public Map<String, Object> properties() {
    return switch (this) {
      case H2 ->
          Map.of(
              "spring.datasource.url",
              "jdbc:h2:async:"
                  + temporaryDirectory()
                  + "/bulkwriter;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
      case POSTGRESQL ->
          Map.of(
              "spring.datasource.url",
              TestPostgres.newDatabase(),
              "spring.datasource.username",
              "postgres",
              "spring.datasource.password",
              "");
    };
  }

  /** A fresh database of this kind, without an application (for migration and repository tests). */
  public DataSource dataSource() {
    Map<String, Object> properties = properties();
    return new DriverManagerDataSource(
        (String) properties.get("spring.datasource.url"),
        (String) properties.getOrDefault("spring.datasource.username", "sa"),
        (String) properties.getOrDefault("spring.datasource.password", ""));
  }

  /** Points the test's application context at a fresh database of this kind. */
  public void register(DynamicPropertyRegistry registry) {
    properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  private static Path temporaryDirectory() {
    try {
      Path directory = Files.createTempDirectory("bulkwriter-h2-");
      directory.toFile().deleteOnExit();
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
