package com.bulkwriter.progress.internal;

import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Several nodes on PostgreSQL: an event stored by one node reaches the subscribers of every node.
 * Each stored event is announced with {@code NOTIFY}; a dedicated connection {@code LISTEN}s (and
 * reconnects when it breaks), and a poll of recently stored events catches whatever a broken
 * connection missed. Every event is sent to this node's subscribers once, whichever way it came. On
 * H2 there is one node, which delivers its own events directly.
 */
@Component
class ClusterRelay extends ChannelListener {

  private static final String CHANNEL = "bulkwriter_progress";
  private static final int REMEMBERED = 50_000;

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final Database database;
  private final Subscribers subscribers;
  private final ProgressProperties properties;
  private final Clock clock;
  private final String node = UUID.randomUUID().toString();

  /** Events already sent to this node's subscribers, oldest first. */
  private final Set<String> delivered =
      Collections.synchronizedSet(
          Collections.newSetFromMap(
              new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                  return size() > REMEMBERED;
                }
              }));

  /** When the last fallback poll ran; touched by the listening thread only. */
  private Instant polled;

  ClusterRelay(
      DataSource dataSource,
      JdbcClient jdbc,
      Database database,
      Subscribers subscribers,
      ProgressProperties properties,
      Clock clock) {
    super(dataSource, CHANNEL, properties.relayPollInterval(), database == Database.POSTGRESQL);
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("progress", database);
    this.database = database;
    this.subscribers = subscribers;
    this.properties = properties;
    this.clock = clock;
    this.polled = clock.instant();
  }

  /** Sends an event this node stored to its subscribers, and tells the other nodes about it. */
  void stored(EventLog.Stored event) {
    deliverOnce(event.batchId(), event.seq(), event.owner(), event.kind().name(), event.payload());
    if (database == Database.POSTGRESQL) {
      jdbc.sql(sql.get("notify"))
          .param("message", node + " " + event.batchId() + " " + event.seq())
          .query()
          .listOfRows();
    }
  }

  private void deliverOnce(UUID batchId, long seq, String owner, String kind, String payload) {
    if (delivered.add(batchId + ":" + seq)) {
      subscribers.deliver(batchId, seq, owner, LiveEvent.Kind.valueOf(kind), payload);
    }
  }

  /** After each wait for notifications: the fallback poll, once per poll interval. */
  @Override
  protected void afterWait() {
    Instant now = clock.instant();
    if (Duration.between(polled, now).compareTo(properties.relayPollInterval()) >= 0) {
      polled = poll(polled);
    }
  }

  /** Another node stored an event: send it to this node's subscribers. */
  @Override
  protected void heard(String message) {
    String[] parts = message.split(" ");
    if (parts.length != 3 || node.equals(parts[0])) {
      return;
    }
    jdbc.sql(sql.get("event"))
        .param("batchId", UUID.fromString(parts[1]))
        .param("seq", Long.parseLong(parts[2]))
        .query(
            (java.sql.ResultSet rs) -> {
              deliverOnce(
                  rs.getObject("batch_id", UUID.class),
                  rs.getLong("seq"),
                  rs.getString("owner"),
                  rs.getString("kind"),
                  rs.getString("payload"));
            });
  }

  /**
   * The fallback: events stored lately by any node (with a margin for clocks and slow commits) that
   * were not delivered yet. Returns the time of this poll.
   */
  private Instant poll(Instant previous) {
    Instant now = clock.instant();
    jdbc.sql(sql.get("recent-events"))
        .param("since", previous.minus(properties.relayMargin()).atOffset(ZoneOffset.UTC))
        .query(
            (java.sql.ResultSet rs) -> {
              deliverOnce(
                  rs.getObject("batch_id", UUID.class),
                  rs.getLong("seq"),
                  rs.getString("owner"),
                  rs.getString("kind"),
                  rs.getString("payload"));
            });
    return now;
  }
}
