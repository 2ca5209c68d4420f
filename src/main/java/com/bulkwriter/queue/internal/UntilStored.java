package com.bulkwriter.queue.internal;

import com.bulkwriter.support.sql.DatabaseOutage;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an article's outcome, trying again while the database is away (restarted, connections
 * killed) until it answers. A paid answer must not be dropped because of a blip: the write is
 * fenced by the claim's lease token, so trying again is always safe, and the heartbeat keeps the
 * lease alive for as long as the worker holds the claim. Only shutting down (an interrupt) ends the
 * waiting.
 */
final class UntilStored {

  private static final Logger log = LoggerFactory.getLogger(UntilStored.class);

  private final Duration firstPause;
  private final Duration longestPause;

  UntilStored(Duration firstPause, Duration longestPause) {
    this.firstPause = firstPause;
    this.longestPause = longestPause;
  }

  /** Thrown when the node stops while a write still waits for the database. */
  static final class Abandoned extends RuntimeException {
    Abandoned(String what, Throwable cause) {
      super("Stopped before " + what + " could be stored", cause);
    }
  }

  /** Runs {@code write} until it returns; a failure that is not an outage is thrown at once. */
  <T> T write(String what, Supplier<T> write) {
    long pause = firstPause.toMillis();
    for (int tries = 1; ; tries++) {
      try {
        T result = write.get();
        if (tries > 1) {
          log.info("Stored {} after {} tries: the database is back", what, tries);
        }
        return result;
      } catch (RuntimeException failure) {
        if (!DatabaseOutage.isOutage(failure)) {
          throw failure;
        }
        if (tries == 1) {
          log.warn(
              "Could not store {}: the database is away; trying again until it is back",
              what,
              failure);
        }
        try {
          Thread.sleep(pause);
        } catch (InterruptedException stopping) {
          Thread.currentThread().interrupt();
          throw new Abandoned(what, failure);
        }
        pause = Math.min(longestPause.toMillis(), pause * 2);
      }
    }
  }
}
