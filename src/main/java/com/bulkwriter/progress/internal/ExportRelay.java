package com.bulkwriter.progress.internal;

import com.bulkwriter.export.ExportChanged;
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
 * Brings every export's changes to its owner, whichever node built it and whichever node the owner
 * is connected to. A change made here goes to this node's subscribers at once; on PostgreSQL it is
 * also sent whole with {@code NOTIFY bulkwriter_exports}, which every other node {@code LISTEN}s
 * for on a connection of its own (reopened after an error). Nothing is stored: a change announced
 * while a node's listening connection is broken does not reach that node's subscribers, and the
 * Downloads page shows it when it next reads the history. On H2 there is one node.
 */
@Component
class ExportRelay extends ChannelListener {

  private static final Logger log = LoggerFactory.getLogger(ExportRelay.class);
  private static final String CHANNEL = "bulkwriter_exports";

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final Database database;
  private final ExportEvents events;
  private final JsonMapper json;
  private final String node = UUID.randomUUID().toString();

  ExportRelay(
      DataSource dataSource,
      JdbcClient jdbc,
      Database database,
      ExportEvents events,
      ProgressProperties properties,
      JsonMapper json) {
    super(dataSource, CHANNEL, properties.relayPollInterval(), database == Database.POSTGRESQL);
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("progress", database);
    this.database = database;
    this.events = events;
    this.json = json;
  }

  /** An export changed on this node: tell its owner here, and the other nodes. */
  @EventListener
  void on(ExportChanged changed) {
    try {
      events.deliver(changed);
      if (database == Database.POSTGRESQL) {
        jdbc.sql(sql.get("notify-export"))
            .param("message", node + " " + json.writeValueAsString(changed))
            .query()
            .listOfRows();
      }
    } catch (RuntimeException e) {
      // the export goes on; its owner sees the change on the next read of the history
      log.warn("Could not send the change of export {}", changed.exportId(), e);
    }
  }

  /** Another node's change: tell the owner if connected here. */
  @Override
  protected void heard(String message) {
    int space = message.indexOf(' ');
    if (space < 0 || message.substring(0, space).equals(node)) {
      return;
    }
    try {
      events.deliver(json.readValue(message.substring(space + 1), ExportChanged.class));
    } catch (RuntimeException e) {
      log.warn("Could not deliver another node's export change", e);
    }
  }
}
