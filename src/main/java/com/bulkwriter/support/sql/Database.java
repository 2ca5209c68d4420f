package com.bulkwriter.support.sql;

import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The databases Bulkwriter runs on: H2 embedded by default, PostgreSQL for teams. */
public enum Database {
  H2("h2"),
  POSTGRESQL("postgresql");

  private final String key;

  Database(String key) {
    this.key = key;
  }

  /** The name used for database-specific statements in SQL files. */
  public String key() {
    return key;
  }

  public static Database of(DataSource dataSource) {
    try (var connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        return POSTGRESQL;
      }
      if (product.contains("h2")) {
        return H2;
      }
      throw new IllegalStateException("Unsupported database: " + product);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database this is", e);
    }
  }
}
