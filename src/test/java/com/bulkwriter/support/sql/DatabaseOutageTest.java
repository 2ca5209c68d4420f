package com.bulkwriter.support.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

  @Test
  void lostAndRefusedConnectionsAreOutages() {
    assertThat(DatabaseOutage.isOutage(new SQLTransientConnectionException("pool timed out")))
        .isTrue();
    assertThat(DatabaseOutage.isOutage(new CannotCreateTransactionException("no connection")))
        .isTrue();
    SQLException terminated =
        new SQLException("terminating connection due to administrator command", "57P01");
    assertThat(DatabaseOutage.isOutage(new UncategorizedSQLException("update", "sql", terminated)))
        .isTrue();
    SQLException closed = new SQLException("Connection is closed", "08003");
    assertThat(DatabaseOutage.isOutage(new RuntimeException("bucket", closed))).isTrue();
  }

  @Test
  void wrongStatementsAndDataAreNot() {
    assertThat(DatabaseOutage.isOutage(new DuplicateKeyException("duplicate"))).isFalse();
    assertThat(DatabaseOutage.isOutage(new DataIntegrityViolationException("too long"))).isFalse();
    assertThat(DatabaseOutage.isOutage(new SQLException("syntax error", "42601"))).isFalse();
    assertThat(DatabaseOutage.isOutage(new IllegalStateException("bug"))).isFalse();
  }
}
