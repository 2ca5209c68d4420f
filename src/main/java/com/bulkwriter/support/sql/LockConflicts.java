package com.bulkwriter.support.sql;

import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Runs a transaction again when the database undid it to break a lock conflict ("deadlock detected"
 * on PostgreSQL, a lock timeout on H2). Two transactions that lock the same rows in the other order
 * are legitimate here (the queue stores several results in one transaction, a user's change moves a
 * whole batch, the quality runner checks an article while it is edited); the database undoes one of
 * them, and that one simply runs again, up to {@link #ATTEMPTS} times in all.
 */
public final class LockConflicts {

  public static final int ATTEMPTS = 3;

  private LockConflicts() {}

  /** {@code transaction}'s result, after running it again for each lock conflict it lost. */
  public static <T> T retried(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (PessimisticLockingFailureException lost) {
        if (attempt == ATTEMPTS) {
          throw lost;
        }
      }
    }
  }
}
