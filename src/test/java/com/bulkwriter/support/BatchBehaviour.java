package com.bulkwriter.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How the simulator's provider batches behave, the same in both wire formats (OpenAI's Batch API
 * and Anthropic's Message Batches): how long one works, whether it expires after answering its
 * first requests, which requests fail, and creates whose answer is lost on the wire.
 */
final class BatchBehaviour {

  private final AtomicInteger dropCreates = new AtomicInteger();
  private volatile Duration batchTime = Duration.ZERO;
  private volatile int expireAfter = -1;
  private volatile int failEvery;

  void batchTime(Duration time) {
    this.batchTime = time;
  }

  /** Batches created from now on answer their first {@code answered} requests, then expire. */
  void expireAfter(int answered) {
    this.expireAfter = answered;
  }

  /** Batches created from now on answer every request they get to. */
  void complete() {
    this.expireAfter = -1;
  }

  void failEvery(int n) {
    this.failEvery = n;
  }

  void dropNextCreates(int n) {
    dropCreates.set(n);
  }

  /** Whether this create's answer is lost (the batch exists all the same). */
  boolean dropCreate() {
    return dropCreates.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
  }

  /** For a batch created now: how many requests it answers before it expires; -1: all. */
  int expireAfterNow() {
    return expireAfter;
  }

  int failEveryNow() {
    return failEvery;
  }

  /** Whether a batch created at {@code created} is due to end. */
  boolean due(Instant created) {
    return !Instant.now().isBefore(created.plus(batchTime));
  }

  /** How far a batch created at {@code created} is, from 0 to 1. */
  double progress(Instant created) {
    long total = Math.max(1, batchTime.toMillis());
    long spent = Duration.between(created, Instant.now()).toMillis();
    return Math.min(1.0, spent / (double) total);
  }

  /** Whether the request at {@code index} of a batch failing every {@code failEvery} fails. */
  static boolean failing(int failEvery, int index) {
    return failEvery > 0 && index % failEvery == failEvery - 1;
  }
}
