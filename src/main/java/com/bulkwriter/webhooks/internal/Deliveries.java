package com.bulkwriter.webhooks.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;
import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery outbox: rows claimed with a lease by one node at a time (on PostgreSQL with {@code
 * FOR UPDATE SKIP LOCKED}, like the article queue), every outcome fenced by the lease token.
 */
@Repository
class Deliveries {

  private final JdbcClient jdbc;
  private final NamedQueries sql;

  Deliveries(JdbcClient jdbc, Database database) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("webhooks", database);
  }

  /** A delivery this node holds: what to send, where, and the key to sign it with. */
  record Claimed(
      UUID id,
      UUID endpointId,
      String eventType,
      String payload,
      int attempt,
      Instant createdAt,
      UUID token,
      String url,
      String secret) {

    @Override
    public String toString() {
      // never the secret, should a claim ever be logged
      return "Claimed[" + id + " " + eventType + " attempt " + attempt + "]";
    }
  }

  void insert(UUID id, UUID endpointId, EventType type, String payload, Instant now) {
    jdbc.sql(sql.get("insert-delivery"))
        .param("id", id)
        .param("endpointId", endpointId)
        .param("eventType", type.key())
        .param("payload", payload)
        .param("status", DeliveryStatus.PENDING.name())
        .param("now", time(now))
        .update();
  }

  List<Claimed> claim(String node, int limit, Instant now, Instant expires) {
    UUID token = UUID.randomUUID();
    int claimed =
        jdbc.sql(sql.get("claim"))
            .param("to", DeliveryStatus.DELIVERING.name())
            .param("from", DeliveryStatus.sourcesOf(DeliveryStatus.DELIVERING))
            .param("node", node)
            .param("token", token)
            .param("expires", time(expires))
            .param("now", time(now))
            .param("limit", limit)
            .update();
    if (claimed == 0) {
      return List.of();
    }
    return jdbc.sql(sql.get("claimed"))
        .param("token", token)
        .query(
            (rs, row) ->
                new Claimed(
                    rs.getObject("id", UUID.class),
                    rs.getObject("endpoint_id", UUID.class),
                    rs.getString("event_type"),
                    rs.getString("payload"),
                    rs.getInt("attempts"),
                    instant(rs, "created_at"),
                    token,
                    rs.getString("url"),
                    rs.getString("signing_secret")))
        .list();
  }

  void recordAttempt(UUID deliveryId, Delivery.Attempt attempt) {
    jdbc.sql(sql.get("insert-attempt"))
        .param("id", UUID.randomUUID())
        .param("deliveryId", deliveryId)
        .param("attempt", attempt.attempt())
        .param("at", time(attempt.at()))
        .param("statusCode", attempt.statusCode())
        .param("durationMs", attempt.durationMs())
        .param("error", cut(attempt.error(), 1000))
        .param("excerpt", cut(attempt.responseExcerpt(), 2000))
        .update();
  }

  /** SUCCEEDED or FAILED, if this node still holds the lease. */
  boolean finish(Claimed claim, DeliveryStatus to, Delivery.Attempt last, Instant now) {
    return jdbc.sql(sql.get("finish"))
            .param("id", claim.id())
            .param("token", claim.token())
            .param("to", to.name())
            .param("from", List.of(DeliveryStatus.DELIVERING.name()))
            .param("statusCode", last.statusCode())
            .param("error", cut(last.error(), 1000))
            .param("now", time(now))
            .update()
        == 1;
  }

  boolean retryLater(Claimed claim, Delivery.Attempt last, Instant next) {
    return jdbc.sql(sql.get("retry-later"))
            .param("id", claim.id())
            .param("token", claim.token())
            .param("to", DeliveryStatus.PENDING.name())
            .param("from", DeliveryStatus.sourcesOf(DeliveryStatus.PENDING))
            .param("statusCode", last.statusCode())
            .param("error", cut(last.error(), 1000))
            .param("next", time(next))
            .update()
        == 1;
  }

  /** Returns deliveries whose lease expired (their node died mid-attempt) to the queue. */
  int rescue(Instant now) {
    return jdbc.sql(sql.get("rescue"))
        .param("to", DeliveryStatus.PENDING.name())
        .param("from", DeliveryStatus.sourcesOf(DeliveryStatus.PENDING))
        .param("now", time(now))
        .update();
  }

  /** Fails what still waits for an endpoint that was just disabled. */
  int failPending(UUID endpointId, String error, Instant now) {
    return jdbc.sql(sql.get("fail-pending-of-endpoint"))
        .param("endpointId", endpointId)
        .param("to", DeliveryStatus.FAILED.name())
        .param("from", List.of(DeliveryStatus.PENDING.name()))
        .param("error", error)
        .param("now", time(now))
        .update();
  }

  int deleteFinishedBefore(Instant cutoff) {
    return jdbc.sql(sql.get("delete-finished-before"))
        .param("finished", List.of(DeliveryStatus.SUCCEEDED.name(), DeliveryStatus.FAILED.name()))
        .param("cutoff", time(cutoff))
        .update();
  }

  /** An endpoint's deliveries, newest first, each with its attempts. */
  PageOf<Delivery> page(UUID endpointId, PageRequest page) {
    long total =
        jdbc.sql(sql.get("count-deliveries"))
            .param("endpointId", endpointId)
            .query(Long.class)
            .single();
    List<Delivery> rows =
        jdbc.sql(sql.get("page-deliveries"))
            .param("endpointId", endpointId)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query((rs, row) -> delivery(rs, List.of()))
            .list();
    if (rows.isEmpty()) {
      return PageOf.of(rows, page, total);
    }
    Map<UUID, List<Delivery.Attempt>> attempts =
        jdbc
            .sql(sql.get("attempts-of"))
            .param("ids", rows.stream().map(Delivery::id).toList())
            .query(
                (rs, row) ->
                    Map.entry(
                        rs.getObject("delivery_id", UUID.class),
                        new Delivery.Attempt(
                            rs.getInt("attempt"),
                            instant(rs, "attempted_at"),
                            (Integer) rs.getObject("status_code", Integer.class),
                            rs.getLong("duration_ms"),
                            rs.getString("error"),
                            rs.getString("response_excerpt"))))
            .list()
            .stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    List<Delivery> content =
        rows.stream()
            .map(
                d ->
                    new Delivery(
                        d.id(),
                        d.endpointId(),
                        d.eventType(),
                        d.status(),
                        d.attempts(),
                        d.nextAttemptAt(),
                        d.lastStatusCode(),
                        d.lastError(),
                        d.createdAt(),
                        d.finishedAt(),
                        attempts.getOrDefault(d.id(), List.of())))
            .toList();
    return PageOf.of(content, page, total);
  }

  private static Delivery delivery(ResultSet rs, List<Delivery.Attempt> log) throws SQLException {
    return new Delivery(
        rs.getObject("id", UUID.class),
        rs.getObject("endpoint_id", UUID.class),
        rs.getString("event_type"),
        DeliveryStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        instant(rs, "next_attempt_at"),
        (Integer) rs.getObject("last_status_code", Integer.class),
        rs.getString("last_error"),
        instant(rs, "created_at"),
        instant(rs, "finished_at"),
        log);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
