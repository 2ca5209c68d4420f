package com.bulkwriter.support.sql;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that is away for a while (restarted, connections killed, pool exhausted) from a
 * statement that is wrong. What failed for the first reason is worth trying again once the database
 * is back; what failed for the second never will be.
 */
public final class DatabaseOutage {

  /**
   * SQL states of a lost or refused connection: class 08 (connection exception), PostgreSQL's
   * 57P01–57P03 (administrator shutdown, crash shutdown, cannot connect now), H2's 90067
   * (connection broken) and 90098 (database closed).
   */
  private static final Set<String> OUTAGE_STATES =
      Set.of("57P01", "57P02", "57P03", "90067", "90098");

  private DatabaseOutage() {}

  /** Whether {@code failure}, or anything that caused it, says the database is unreachable. */
  public static boolean isOutage(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof TransientDataAccessException
          || cause instanceof RecoverableDataAccessException
          || cause instanceof DataAccessResourceFailureException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof TransactionSystemException
          || cause instanceof SQLTransientException
          || cause instanceof SQLRecoverableException
          || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql && isOutageState(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOutageState(String state) {
    return state != null && (state.startsWith("08") || OUTAGE_STATES.contains(state));
  }

  private static Throwable next(Throwable cause) {
    Throwable next = cause.getCause();
    return next == cause ? null : next;
  }
}
