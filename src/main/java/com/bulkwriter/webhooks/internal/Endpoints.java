package com.bulkwriter.webhooks.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;
import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored endpoints, read and changed within one owner's scope ({@code null}: an admin). */
@Repository
class Endpoints {

  private final JdbcClient jdbc;
  private final NamedQueries sql;

  Endpoints(JdbcClient jdbc, Database database) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("webhooks", database);
  }

  void insert(Endpoint endpoint, String secret) {
    jdbc.sql(sql.get("insert-endpoint"))
        .param("id", endpoint.id())
        .param("owner", endpoint.owner())
        .param("url", endpoint.url())
        .param("description", endpoint.description())
        .param("eventTypes", keys(endpoint.eventTypes()))
        .param("enabled", endpoint.enabled())
        .param("secret", secret)
        .param("now", time(endpoint.createdAt()))
        .update();
  }

  Optional<Endpoint> find(String owner, UUID id) {
    return jdbc.sql(sql.get("find-endpoint"))
        .param("id", id)
        .param("owner", owner)
        .query(Endpoints::endpoint)
        .optional();
  }

  List<Endpoint> list(String owner) {
    return jdbc.sql(sql.get("list-endpoints"))
        .param("owner", owner)
        .query(Endpoints::endpoint)
        .list();
  }

  /** The owner's enabled endpoints that subscribe to {@code type}. */
  List<Endpoint> subscribed(String owner, EventType type) {
    return jdbc
        .sql(sql.get("subscribed-endpoints"))
        .param("owner", owner)
        .query(Endpoints::endpoint)
        .list()
        .stream()
        .filter(endpoint -> endpoint.subscribes(type))
        .toList();
  }

  boolean update(
      String owner,
      UUID id,
      String url,
      String description,
      List<EventType> types,
      boolean enabled,
      Instant now) {
    return jdbc.sql(sql.get("update-endpoint"))
            .param("id", id)
            .param("owner", owner)
            .param("url", url)
            .param("description", description)
            .param("eventTypes", keys(types))
            .param("enabled", enabled)
            .param("now", time(now))
            .update()
        == 1;
  }

  boolean rotate(String owner, UUID id, String secret, Instant now) {
    return jdbc.sql(sql.get("rotate-secret"))
            .param("id", id)
            .param("owner", owner)
            .param("secret", secret)
            .param("now", time(now))
            .update()
        == 1;
  }

  boolean delete(String owner, UUID id) {
    return jdbc.sql(sql.get("delete-endpoint")).param("id", id).param("owner", owner).update() == 1;
  }

  void succeeded(UUID id) {
    jdbc.sql(sql.get("endpoint-succeeded")).param("id", id).update();
  }

  void failed(UUID id, Instant now) {
    jdbc.sql(sql.get("endpoint-failed")).param("id", id).param("now", time(now)).update();
  }

  /**
   * Disables the endpoint with {@code reason} when it is enabled and has failed since {@code
   * cutoff} or earlier, at least {@code failures} attempts in a row; true when this call did.
   */
  boolean autoDisable(UUID id, Instant cutoff, int failures, String reason, Instant now) {
    return jdbc.sql(sql.get("auto-disable"))
            .param("id", id)
            .param("cutoff", time(cutoff))
            .param("failures", failures)
            .param("reason", reason)
            .param("now", time(now))
            .update()
        == 1;
  }

  private static String keys(List<EventType> types) {
    return types.stream().map(EventType::key).collect(Collectors.joining(","));
  }

  private static Endpoint endpoint(ResultSet rs, int row) throws SQLException {
    List<EventType> types =
        Arrays.stream(rs.getString("event_types").split(","))
            .map(EventType::parse)
            .flatMap(Optional::stream)
            .toList();
    return new Endpoint(
        rs.getObject("id", UUID.class),
        rs.getString("owner"),
        rs.getString("url"),
        rs.getString("description"),
        types,
        rs.getBoolean("enabled"),
        rs.getString("disabled_reason"),
        instant(rs, "disabled_at"),
        instant(rs, "failing_since"),
        rs.getInt("consecutive_failures"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }
}
