package com.bulkwriter.progress.internal;

import com.bulkwriter.export.ExportChanged;
import com.bulkwriter.publishing.PublishJobChanged;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings the changes of every export and publish job to its owner, whichever node made them and
 * whichever node the owner is connected to. A change made here goes to this node's subscribers at
 * once; on PostgreSQL it is also sent whole with {@code NOTIFY bulkwriter_owner_changes} (this
 * node, the kind, the JSON), which every other node {@code LISTEN}s for on a connection of its own
 * (reopened after an error). Nothing is stored: a change announced while a node's listening
 * connection is broken does not reach that node's subscribers, and the page shows it when it next
 * reads the state over REST. On H2 there is one node.
 */
@Component
class OwnerRelay extends ChannelListener {

  private static final Logger log = LoggerFactory.getLogger(OwnerRelay.class);
  private static final String CHANNEL = "bulkwriter_owner_changes";
  private static final String EXPORT = "export";
  private static final String PUBLISH_JOB = "publish-job";

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final Database database;
  private final ExportEvents exports;
  private final PublishEvents publishing;
  private final JsonMapper json;
  private final String node = UUID.randomUUID().toString();

  OwnerRelay(
      DataSource dataSource,
      JdbcClient jdbc,
      Database database,
      ExportEvents exports,
      PublishEvents publishing,
      ProgressProperties properties,
      JsonMapper json) {
    super(dataSource, CHANNEL, properties.relayPollInterval(), database == Database.POSTGRESQL);
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("progress", database);
    this.database = database;
    this.exports = exports;
    this.publishing = publishing;
    this.json = json;
  }

  /** An export changed on this node: tell its owner here, and the other nodes. */
  @EventListener
  void on(ExportChanged changed) {
    relay(EXPORT, changed, () -> exports.deliver(changed));
  }

  /** A publish job changed on this node: tell its owner here, and the other nodes. */
  @EventListener
  void on(PublishJobChanged changed) {
    relay(PUBLISH_JOB, changed, () -> publishing.deliver(changed));
  }

  private void relay(String kind, Object changed, Runnable here) {
    try {
      here.run();
      if (database == Database.POSTGRESQL) {
        jdbc.sql(sql.get("notify-owner"))
            .param("message", node + " " + kind + " " + json.writeValueAsString(changed))
            .query()
            .listOfRows();
      }
    } catch (RuntimeException e) {
      // the work goes on; its owner sees the change on the next read over REST
      log.warn("Could not send a change ({}) to its owner", kind, e);
    }
  }

  /** Another node's change: tell the owner if connected here. */
  @Override
  protected void heard(String message) {
    String[] parts = message.split(" ", 3);
    if (parts.length < 3 || parts[0].equals(node)) {
      return;
    }
    try {
      switch (parts[1]) {
        case EXPORT -> exports.deliver(json.readValue(parts[2], ExportChanged.class));
        case PUBLISH_JOB -> publishing.deliver(json.readValue(parts[2], PublishJobChanged.class));
        default -> log.debug("Ignored another node's change of unknown kind {}", parts[1]);
      }
    } catch (RuntimeException e) {
      log.warn("Could not deliver another node's change", e);
    }
  }
}
