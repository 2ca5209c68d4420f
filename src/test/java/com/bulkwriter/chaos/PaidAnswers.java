package com.bulkwriter.chaos;

import com.bulkwriter.support.LlmSimulator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The provider's bill as the scenarios read it: answers paid twice (complete answers beyond the
 * first per keyword, from the simulator's counts), split by when the first of them was complete.
 *
 * <p>The simulator's counts are copied just before each SIGKILL and again once the process is gone.
 * An answer complete before the kill was the node's to store: it counts against "at most one per
 * kill". An answer the simulator finished between the two copies was streamed into a process
 * already killed (the kernel still takes the bytes until it has torn the process down, which on a
 * starved machine takes a while): no product could have stored it, so it is reported, not counted.
 * Anything else paid twice is counted. A daemon thread notes when each keyword's first answer
 * appears (every 10 ms) to tell how long before the kill an answer paid twice was complete.
 */
final class PaidAnswers implements AutoCloseable {

  private final LlmSimulator llm;
  private final Map<String, Long> firstAnsweredAt = new ConcurrentHashMap<>();
  private final List<Kill> kills = new CopyOnWriteArrayList<>();
  private final Thread watcher;

  PaidAnswers(LlmSimulator llm) {
    this.llm = llm;
    this.watcher = Thread.ofPlatform().daemon().name("chaos-paid-answers").start(this::watch);
  }

  /** Kills {@code node} with SIGKILL, copying the simulator's counts before and after. */
  void kill(ProductNode node) {
    long at = System.nanoTime();
    Map<String, Integer> before = counts();
    node.kill();
    kills.add(new Kill(at, before, counts(), System.nanoTime()));
  }

  /** Answers beyond the first per keyword of {@code batch}, whatever their cause. */
  int paidTwice(ChaosBatch batch) {
    return batch.keywords().stream().mapToInt(k -> Math.max(0, llm.written(k) - 1)).sum();
  }

  /** The answers paid twice that count: all but those streamed into an already killed node. */
  int paidTwiceCounted(ChaosBatch batch) {
    return paidTwice(batch) - streamedIntoKilledNode(batch).size();
  }

  /** The answers paid twice by cause, and how long a kill took, for the reports. */
  String detail(ChaosBatch batch) {
    List<Long> beforeKill = new ArrayList<>();
    for (String keyword : batch.keywords()) {
      Kill kill = firstKillAfterAnswer(keyword);
      if (llm.written(keyword) > 1 && kill != null && kill.before.getOrDefault(keyword, 0) > 0) {
        Long answeredAt = firstAnsweredAt.get(keyword);
        beforeKill.add(answeredAt == null ? -1 : Math.max(0, (kill.at - answeredAt) / 1_000_000));
      }
    }
    beforeKill.sort(null);
    List<Long> killTook = kills.stream().map(k -> (k.goneAt - k.at) / 1_000_000).toList();
    return ("%d counted, %d in all: %d complete before a kill (ms before it: %s), %d streamed into"
            + " a killed node before it was gone (SIGKILL to exit took %s ms)")
        .formatted(
            paidTwiceCounted(batch),
            paidTwice(batch),
            beforeKill.size(),
            beforeKill,
            streamedIntoKilledNode(batch).size(),
            killTook);
  }

  @Override
  public void close() {
    watcher.interrupt();
  }

  /**
   * Keywords paid twice whose first answer the simulator finished while a node was being killed.
   */
  private List<String> streamedIntoKilledNode(ChaosBatch batch) {
    return batch.keywords().stream()
        .filter(keyword -> llm.written(keyword) > 1)
        .filter(
            keyword ->
                kills.stream()
                    .anyMatch(
                        kill ->
                            kill.before.getOrDefault(keyword, 0) == 0
                                && kill.after.getOrDefault(keyword, 0) > 0))
        .toList();
  }

  private Kill firstKillAfterAnswer(String keyword) {
    return kills.stream()
        .filter(kill -> kill.after.getOrDefault(keyword, 0) > 0)
        .findFirst()
        .orElse(null);
  }

  private Map<String, Integer> counts() {
    Map<String, Integer> counts = new HashMap<>();
    llm.allWritten().forEach((keyword, count) -> counts.put(keyword, count.get()));
    return counts;
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

  /** One SIGKILL: when, the simulator's counts just before it and once the process was gone. */
  private record Kill(
      long at, Map<String, Integer> before, Map<String, Integer> after, long goneAt) {}
}
