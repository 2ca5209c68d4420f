package com.bulkwriter.batch.internal;

import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 13.1, after V13__batch_management.sql: fills the searchable keyword text of the
 * batches that existed before it, and on PostgreSQL adds trigram indexes (extension {@code
 * pg_trgm}) so that a keyword or name search reads the index, not every row. Java because both
 * steps differ by database: H2 has no trigram index and searches by scanning, which is correct and
 * fast enough for one node's data. When PostgreSQL cannot create the extension (not installed, or
 * the user may not), the migration says so in the log and search works without the index (see
 * docs/batches.md for adding it later). Spring Boot hands this bean to Flyway.
 */
@Component
class V13_1__Batch_search extends BaseJavaMigration {

  private static final Logger log = LoggerFactory.getLogger(V13_1__Batch_search.class);

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    Database database = database(connection);
    NamedQueries sql = NamedQueries.load("batch-management", database);
    JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
    fillKeywords(jdbc, sql);
    if (database == Database.POSTGRESQL) {
      addTrigramIndexes(connection, jdbc, sql);
    }
  }

  private static void fillKeywords(JdbcClient jdbc, NamedQueries sql) {
    List<UUID> batches = jdbc.sql(sql.get("batches-without-keywords")).query(UUID.class).list();
    for (UUID batch : batches) {
      List<String> keywords =
          jdbc.sql(sql.get("batch-keyword-list"))
              .param("batchId", batch)
              .query(String.class)
              .list();
      List<String> parts = KeywordText.parts(keywords);
      for (int i = 0; i < parts.size(); i++) {
        jdbc.sql(sql.get("insert-batch-keywords"))
            .param("batchId", batch)
            .param("part", i)
            .param("keywords", parts.get(i))
            .update();
      }
    }
  }

  private static void addTrigramIndexes(Connection connection, JdbcClient jdbc, NamedQueries sql)
      throws SQLException {
    long available = jdbc.sql(sql.get("trigram-extension-available")).query(Long.class).single();
    if (available == 0) {
      log.warn(
          "PostgreSQL has no pg_trgm extension: batch search works, but reads every batch's"
              + " keywords (see docs/batches.md)");
      return;
    }
    Savepoint before = connection.setSavepoint();
    try {
      jdbc.sql(sql.get("create-trigram-extension")).update();
      jdbc.sql(sql.get("create-keyword-trigram-index")).update();
      jdbc.sql(sql.get("create-name-trigram-index")).update();
      connection.releaseSavepoint(before);
    } catch (RuntimeException e) {
      connection.rollback(before);
      log.warn(
          "Could not add the pg_trgm indexes ({}): batch search works, but reads every batch's"
              + " keywords (see docs/batches.md)",
          e.getMessage());
    }
  }

  private static Database database(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    return product.contains("postgres") ? Database.POSTGRESQL : Database.H2;
  }
}
