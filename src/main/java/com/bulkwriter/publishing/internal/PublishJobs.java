package com.bulkwriter.publishing.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;
import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Publish jobs, read within one owner's scope; status changes are guarded in SQL. */
@Repository
class PublishJobs {

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final JsonMapper json;

  PublishJobs(JdbcClient jdbc, Database database, JsonMapper json) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("publishing", database);
    this.json = json;
  }

  void insert(UUID id, String owner, UUID siteId, PostOptions options, int total, Instant now) {
    jdbc.sql(sql.get("insert-job"))
        .param("id", id)
        .param("owner", owner)
        .param("siteId", siteId)
        .param("status", PublishJobStatus.RUNNING.name())
        .param("options", json.writeValueAsString(options))
        .param("total", total)
        .param("now", time(now))
        .update();
  }

  Optional<PublishJob> find(String owner, UUID id) {
    return jdbc.sql(sql.get("find-job"))
        .param("id", id)
        .param("owner", owner)
        .query(this::job)
        .optional();
  }

  PageOf<PublishJob> page(String owner, PageRequest page) {
    long total = jdbc.sql(sql.get("count-jobs")).param("owner", owner).query(Long.class).single();
    List<PublishJob> jobs =
        jdbc.sql(sql.get("page-jobs"))
            .param("owner", owner)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(this::job)
            .list();
    return PageOf.of(jobs, page, total);
  }

  /** Moves a job from one of {@code from} to {@code to}; false when it was in none of them. */
  boolean move(
      UUID id, List<PublishJobStatus> from, PublishJobStatus to, String reason, Instant now) {
    boolean ends = to == PublishJobStatus.CANCELLED || to == PublishJobStatus.COMPLETED;
    return jdbc.sql(sql.get("move-job"))
            .param("id", id)
            .param("from", from.stream().map(Enum::name).toList())
            .param("to", to.name())
            .param("reason", reason)
            .param("now", time(now))
            .param("finishedAt", ends ? time(now) : null)
            .update()
        == 1;
  }

  /** Pauses every running job of the site with the site's refusal as the reason. */
  int pauseSite(UUID siteId, String reason, Instant now) {
    return jdbc.sql(sql.get("pause-site-jobs"))
        .param("siteId", siteId)
        .param("from", List.of(PublishJobStatus.RUNNING.name()))
        .param("to", PublishJobStatus.PAUSED.name())
        .param("reason", reason)
        .param("now", time(now))
        .update();
  }

  /** Completes running jobs with nothing left queued or running; the ids of those it did. */
  List<UUID> completeFinished(Instant now) {
    int completed =
        jdbc.sql(sql.get("complete-jobs"))
            .param("from", List.of(PublishJobStatus.RUNNING.name()))
            .param("to", PublishJobStatus.COMPLETED.name())
            .param("now", time(now))
            .update();
    if (completed == 0) {
      return List.of();
    }
    return jdbc.sql(sql.get("completed-since"))
        .param("now", time(now))
        .query((rs, row) -> rs.getObject("id", UUID.class))
        .list();
  }

  private PublishJob job(ResultSet rs, int row) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new PublishJob(
        id,
        rs.getString("owner"),
        rs.getObject("site_id", UUID.class),
        rs.getString("site_name"),
        PublishJobStatus.valueOf(rs.getString("status")),
        rs.getString("status_reason"),
        json.readValue(rs.getString("options"), PostOptions.class),
        rs.getInt("total"),
        counts(id),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        instant(rs, "finished_at"));
  }

  private Map<PublicationState, Integer> counts(UUID id) {
    Map<PublicationState, Integer> counts = new EnumMap<>(PublicationState.class);
    for (PublicationState state : PublicationState.values()) {
      counts.put(state, 0);
    }
    jdbc.sql(sql.get("job-counts"))
        .param("id", id)
        .query(
            (ResultSet rs) -> {
              counts.put(PublicationState.valueOf(rs.getString("state")), rs.getInt("n"));
            });
    return counts;
  }
}
