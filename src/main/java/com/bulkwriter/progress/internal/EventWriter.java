package com.bulkwriter.progress.internal;

import com.bulkwriter.batch.BatchProgress;
import com.bulkwriter.progress.internal.LiveEvent.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the live events of batches: each under the batch's next number in the {@link EventLog},
 * then to the subscribers of every node through the {@link ClusterRelay}. Events are stored in
 * groups ({@link #send}, one commit a group) and sent once stored. Used by the live-events thread
 * only.
 */
final class EventWriter {

  private static final Logger log = LoggerFactory.getLogger(EventWriter.class);

  /** Most events stored in one transaction: bounds how long a group holds the counters' locks. */
  static final int MAX_GROUP = 200;

  /**
   * Least time between two stores of a busy node's events ({@link #sendIfDue}): each store is a
   * durable commit, and at full speed storing whatever a few milliseconds brought took a tenth of
   * the node's processor time. A change reaches its watchers at most this much later; they see
   * frames of at most one per 100 ms per batch anyway.
   */
  static final Duration STORE_GAP = Duration.ofMillis(25);

  private final EventLog eventLog;
  private final ClusterRelay relay;
  private final BatchProgress batches;
  private final JsonMapper json;

  /** Owners never change; kept so that an article's event costs no batch read. */
  private final Map<UUID, String> owners = new HashMap<>();

  /** Written, not yet stored. */
  private final List<EventLog.Append> pending = new ArrayList<>();

  /** When the last store began ({@link System#nanoTime}). */
  private long lastStore = System.nanoTime() - STORE_GAP.toNanos();

  EventWriter(EventLog eventLog, ClusterRelay relay, BatchProgress batches, JsonMapper json) {
    this.eventLog = eventLog;
    this.relay = relay;
    this.batches = batches;
    this.json = json;
  }

  /** The batch's owner, cached; {@code null} when the batch is gone. */
  String owner(UUID batchId) {
    String owner = owners.get(batchId);
    if (owner == null) {
      owner = batches.of(batchId).map(BatchProgress.Snapshot::owner).orElse(null);
      if (owner != null) {
        owners.put(batchId, owner);
      }
    }
    return owner;
  }

  /** A batch that is no longer running needs no cached owner. */
  void forget(UUID batchId) {
    owners.remove(batchId);
  }

  /**
   * Adds an event of {@code kind} to the group the next {@link #send} stores under the batch's next
   * number and sends; {@code body} sets the part its kind has, e.g. {@code event ->
   * event.withBatch(state)}. A full group is sent at once.
   */
  void write(UUID batchId, String owner, Kind kind, Instant at, UnaryOperator<LiveEvent> body) {
    pending.add(
        new EventLog.Append(
            batchId,
            owner,
            kind,
            at,
            seq ->
                json.writeValueAsString(
                    body.apply(
                        new LiveEvent(
                            batchId, seq, kind, at, null, null, null, null, null, null, null)))));
    if (pending.size() >= MAX_GROUP) {
      send();
    }
  }

  /** Whether events wait to be stored. */
  boolean hasPending() {
    return !pending.isEmpty();
  }

  /** {@link #send}, once {@link #STORE_GAP} has passed since the last store began. */
  void sendIfDue() {
    if (System.nanoTime() - lastStore >= STORE_GAP.toNanos()) {
      send();
    }
  }

  /**
   * Stores the events written since the last call in one transaction, then sends them. When the
   * group cannot be stored, each is stored on its own, so one bad event costs only itself.
   */
  void send() {
    if (pending.isEmpty()) {
      return;
    }
    lastStore = System.nanoTime();
    List<EventLog.Append> group = List.copyOf(pending);
    pending.clear();
    List<EventLog.Stored> stored;
    try {
      stored = eventLog.appendAll(group);
    } catch (RuntimeException groupFailed) {
      stored = new ArrayList<>(group.size());
      for (EventLog.Append event : group) {
        try {
          stored.add(eventLog.appendAll(List.of(event)).getFirst());
        } catch (RuntimeException failed) {
          log.warn(
              "Could not record a live event of batch {}; carrying on", event.batchId(), failed);
        }
      }
    }
    for (EventLog.Stored event : stored) {
      relay.stored(event);
    }
  }
}
