package com.bulkwriter.progress.internal;

import com.bulkwriter.batch.BatchProgress;
import com.bulkwriter.progress.internal.LiveEvent.Kind;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the live events of batches: each under the batch's next number in the {@link EventLog},
 * then to the subscribers of every node through the {@link ClusterRelay}. Used by the live-events
 * thread only.
 */
final class EventWriter {

  private final EventLog eventLog;
  private final ClusterRelay relay;
  private final BatchProgress batches;
  private final JsonMapper json;

  /** Owners never change; kept so that an article's event costs no batch read. */
  private final Map<UUID, String> owners = new HashMap<>();

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
   * Stores an event of {@code kind} under the batch's next number and sends it; {@code body} sets
   * the part its kind has, e.g. {@code event -> event.withBatch(state)}.
   */
  void write(UUID batchId, String owner, Kind kind, Instant at, UnaryOperator<LiveEvent> body) {
    EventLog.Stored stored =
        eventLog.append(
            batchId,
            owner,
            kind,
            at,
            seq ->
                json.writeValueAsString(
                    body.apply(
                        new LiveEvent(batchId, seq, kind, at, null, null, null, null, null))));
    relay.stored(stored, kind);
  }
}
