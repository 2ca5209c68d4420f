package com.bulkwriter.linking.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;
import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each batch's link settings; a batch without its own has the configured defaults. */
@Component
class BatchLinkSettings {

  /** A batch's settings and when it was last linked ({@code null}: never). */
  record Stored(LinkSettings settings, @Nullable Instant linkedAt) {}

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final LinkingProperties properties;

  BatchLinkSettings(JdbcClient jdbc, Database database, LinkingProperties properties) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("linking", database);
    this.properties = properties;
  }

  Stored of(UUID batchId) {
    return jdbc.sql(sql.get("find-settings"))
        .param("batchId", batchId)
        .query(
            (rs, n) ->
                new Stored(
                    new LinkSettings(
                        rs.getBoolean("automatic"),
                        rs.getInt("max_links"),
                        rs.getBoolean("include_earlier"),
                        rs.getObject("site_id", UUID.class)),
                    instant(rs, "linked_at")))
        .optional()
        .orElseGet(() -> new Stored(properties.defaults(), null));
  }

  void save(UUID batchId, LinkSettings settings) {
    int updated = bind(jdbc.sql(sql.get("update-settings")), batchId, settings).update();
    if (updated == 0) {
      bind(jdbc.sql(sql.get("insert-settings")), batchId, settings).update();
    }
  }

  /** Records that the batch was linked now with {@code settings}, which it keeps. */
  void markLinked(UUID batchId, LinkSettings settings, Instant now) {
    save(batchId, settings);
    jdbc.sql(sql.get("mark-linked")).param("batchId", batchId).param("now", time(now)).update();
  }

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec statement, UUID batchId, LinkSettings settings) {
    return statement
        .param("batchId", batchId)
        .param("automatic", settings.automatic())
        .param("maxLinks", settings.maxLinks())
        .param("includeEarlier", settings.includeEarlier())
        .param("siteId", settings.siteId());
  }
}
