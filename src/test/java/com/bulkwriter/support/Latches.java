package com.bulkwriter.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Latches for tests that line up two transactions, each on a thread of its own. */
public final class Latches {

  private Latches() {}

  /**
   * Waits (at most 30 s) for {@code latch} inside a transaction's callback, where a checked
   * exception cannot go; an interrupt is kept for the caller.
   */
  public static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
