package com.bulkwriter.chaos;

import com.bulkwriter.support.LlmSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The provider's bill as the scenarios read it: answers paid twice (complete answers beyond the
 * first per keyword, from the simulator's counts), and for each of them how long before the next
 * kill its first answer was complete. A daemon thread notes when each keyword's first answer
 * appears in the simulator's counts (every 10 ms), so the simulator itself needs no clock. "Paid
 * twice only for an answer that completed in the last instant before a kill" is then visible: a few
 * milliseconds, or a node that sat on a paid answer.
 */
final class PaidAnswers implements AutoCloseable {

  private final LlmSimulator llm;
  private final Map<String, Long> firstAnsweredAt = new ConcurrentHashMap<>();
  private final List<Long> kills = new CopyOnWriteArrayList<>();
  private final Thread watcher;

  PaidAnswers(LlmSimulator llm) {
    this.llm = llm;
    this.watcher = Thread.ofPlatform().daemon().name("chaos-paid-answers").start(this::watch);
  }

  /** Notes a kill now; call it just before the process is killed. */
  void killing() {
    kills.add(System.nanoTime());
  }

  /** Answers beyond the first per keyword of {@code batch}. */
  int paidTwice(ChaosBatch batch) {
    return batch.keywords().stream().mapToInt(k -> Math.max(0, llm.written(k) - 1)).sum();
  }

  /**
   * For each keyword of {@code batch} paid twice, milliseconds from its first complete answer to
   * the kill that followed it (-1 when no kill followed: paid twice for another reason).
   */
  List<Long> millisBeforeKill(ChaosBatch batch) {
    List<Long> ages = new ArrayList<>();
    for (String keyword : batch.keywords()) {
      Long answeredAt = firstAnsweredAt.get(keyword);
      if (llm.written(keyword) < 2 || answeredAt == null) {
        continue;
      }
      long age =
          kills.stream()
              .filter(kill -> kill >= answeredAt)
              .findFirst()
              .map(kill -> (kill - answeredAt) / 1_000_000)
              .orElse(-1L);
      ages.add(age);
    }
    ages.sort(null);
    return ages;
  }

  @Override
  public void close() {
    watcher.interrupt();
  }

  private void watch() {
    while (!Thread.currentThread().isInterrupted()) {
      long now = System.nanoTime();
      llm.allWritten()
          .forEach(
              (keyword, count) -> {
                if (count.get() > 0) {
                  firstAnsweredAt.putIfAbsent(keyword, now);
                }
              });
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
