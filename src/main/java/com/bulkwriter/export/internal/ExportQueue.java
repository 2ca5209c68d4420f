package com.bulkwriter.export.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The exports waiting on one node, in a line that is fair across users: each owner has a line of
 * their own, and the owners take turns (whoever was served goes to the back), fewest running first.
 * No owner runs more than {@code perOwner} at once, so with more slots than that one user's backlog
 * never keeps another user's export waiting for a slot. Thread-safe.
 */
final class ExportQueue {

  /** An export to start now; call {@link #finished} with its owner when it ends. */
  record Job(String owner, UUID id) {}

  private final int slots;
  private final int perOwner;
  private final Map<String, ArrayDeque<UUID>> waiting = new LinkedHashMap<>();
  private final Map<String, Integer> running = new HashMap<>();
  private int busy;

  ExportQueue(int slots, int perOwner) {
    this.slots = slots;
    this.perOwner = perOwner;
  }

  synchronized void add(String owner, UUID id) {
    waiting.computeIfAbsent(owner, key -> new ArrayDeque<>()).add(id);
  }

  /** The export to start next, or {@code null} when no slot is free or nobody may start now. */
  synchronized Job next() {
    if (busy >= slots) {
      return null;
    }
    String chosen = null;
    for (String owner : waiting.keySet()) {
      int runs = running.getOrDefault(owner, 0);
      if (runs < perOwner && (chosen == null || runs < running.getOrDefault(chosen, 0))) {
        chosen = owner;
      }
    }
    if (chosen == null) {
      return null;
    }
    ArrayDeque<UUID> line = waiting.remove(chosen);
    UUID id = line.poll();
    if (!line.isEmpty()) {
      waiting.put(chosen, line); // to the back: the other owners go first
    }
    busy++;
    running.merge(chosen, 1, Integer::sum);
    return new Job(chosen, id);
  }

  synchronized void finished(String owner) {
    busy--;
    running.computeIfPresent(owner, (key, runs) -> runs == 1 ? null : runs - 1);
  }

  /** Every waiting export, to keep their heartbeats fresh. */
  synchronized List<UUID> waiting() {
    List<UUID> all = new ArrayList<>();
    waiting.values().forEach(all::addAll);
    return all;
  }

  /** Forgets a waiting export (it was deleted). */
  synchronized void remove(UUID id) {
    waiting.values().forEach(line -> line.remove(id));
    waiting.values().removeIf(ArrayDeque::isEmpty);
  }
}
