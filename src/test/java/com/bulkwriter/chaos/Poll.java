package com.bulkwriter.chaos;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for a condition by asking again and again until a deadline, never by sleeping a guessed
 * time: the probe may throw while a node or the database is down, and the last answer or error is
 * in the failure message.
 */
final class Poll {

  private static final Duration EVERY = Duration.ofMillis(200);

  private Poll() {}

  /**
   * Asks {@code probe} until {@code done} holds and returns that answer, or fails at {@code
   * within}.
   */
  static <T> T until(String what, Duration within, Supplier<T> probe, Predicate<T> done) {
    return until(what, within, EVERY, probe, done);
  }

  static <T> T until(
      String what, Duration within, Duration every, Supplier<T> probe, Predicate<T> done) {
    long deadline = System.nanoTime() + within.toNanos();
    Object last = "(never asked)";
    RuntimeException error = null;
    while (true) {
      try {
        T answer = probe.get();
        if (done.test(answer)) {
          return answer;
        }
        last = answer;
        error = null;
      } catch (RuntimeException e) {
        last = e;
        error = e;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Timed out after " + within.toSeconds() + " s waiting for " + what + "; last: " + last,
            error);
      }
      sleep(every);
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
