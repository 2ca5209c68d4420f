package com.bulkwriter.progress.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups a batch's events into STOMP frames: the first event after a quiet spell goes out at once,
 * the ones that follow within {@code frame-interval} wait for the end of that interval and leave
 * together, in order, as JSON arrays of at most {@code max-frame-size}. Every subscriber costs the
 * server (and the browser) per message, so a 10,000-article batch sends a few frames per second to
 * each of its watchers however fast its articles change, and no event is dropped or merged.
 *
 * <p>Hand-written because the STOMP broker relays messages one by one; one thread sends all frames,
 * so a batch's frames leave in the order of their numbers.
 */
final class Frames implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Frames.class);

  private record Event(long seq, String json, int bytes) {}

  private static final class Pending {
    final List<Event> events = new ArrayList<>();
    long lastSent = Long.MIN_VALUE;
    boolean scheduled;
  }

  private final long intervalMillis;
  private final int maxFrameBytes;
  private final Clock clock;
  private final BiConsumer<UUID, String> send;
  private final ScheduledExecutorService sender =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("live-frames").daemon().factory());

  /** Per batch; guarded by {@code this}. */
  private final Map<UUID, Pending> pending = new HashMap<>();

  /**
   * @param maxFrameBytes a frame holds at most this many bytes of events (one larger event goes
   *     alone), so that clients with small message buffers (8 KB in Tomcat's and Jetty's WebSocket
   *     clients) can read every frame
   * @param send sends one frame (a JSON array of the batch's events) to the batch's subscribers
   */
  Frames(long intervalMillis, int maxFrameBytes, Clock clock, BiConsumer<UUID, String> send) {
    this.intervalMillis = intervalMillis;
    this.maxFrameBytes = maxFrameBytes;
    this.clock = clock;
    this.send = send;
  }

  /** Queues an event of the batch for its next frame. */
  synchronized void add(UUID batchId, long seq, String json) {
    Pending batch = pending.computeIfAbsent(batchId, id -> new Pending());
    batch.events.add(new Event(seq, json, json.getBytes(StandardCharsets.UTF_8).length));
    if (!batch.scheduled) {
      batch.scheduled = true;
      long now = clock.millis();
      long wait = batch.lastSent == Long.MIN_VALUE ? 0 : batch.lastSent + intervalMillis - now;
      sender.schedule(() -> send(batchId), Math.max(0, wait), TimeUnit.MILLISECONDS);
    }
  }

  private void send(UUID batchId) {
    List<Event> events;
    synchronized (this) {
      Pending batch = pending.get(batchId);
      events = new ArrayList<>(batch.events);
      batch.events.clear();
      batch.scheduled = false;
      batch.lastSent = clock.millis();
      forgetQuiet(batch.lastSent);
    }
    events.sort(Comparator.comparingLong(Event::seq));
    StringBuilder frame = new StringBuilder("[");
    int bytes = 2;
    for (Event event : events) {
      if (frame.length() > 1 && bytes + 1 + event.bytes() > maxFrameBytes) {
        send(batchId, frame);
        frame = new StringBuilder("[");
        bytes = 2;
      }
      frame.append(frame.length() == 1 ? "" : ",").append(event.json());
      bytes += event.bytes() + 1;
    }
    send(batchId, frame);
  }

  private void send(UUID batchId, StringBuilder frame) {
    try {
      send.accept(batchId, frame.append(']').toString());
    } catch (RuntimeException e) {
      // subscribers that miss a frame catch up from the stored events
      log.warn("Could not send live events of batch {}", batchId, e);
    }
  }

  /** Batches quiet for a whole interval behave as if never seen; keeps the map small. */
  private void forgetQuiet(long now) {
    for (Iterator<Pending> batches = pending.values().iterator(); batches.hasNext(); ) {
      Pending batch = batches.next();
      if (!batch.scheduled && batch.lastSent + intervalMillis <= now) {
        batches.remove();
      }
    }
  }

  /** Sends what is waiting now, then stops. */
  @Override
  public void close() {
    sender.shutdown();
    try {
      if (!sender.awaitTermination(2, TimeUnit.SECONDS)) {
        sender.shutdownNow();
      }
    } catch (InterruptedException e) {
      sender.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
