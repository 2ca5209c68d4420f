package com.bulkwriter.publishing.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;
import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The publications: one row per site and article, the queue of publish work, and the record of the
 * remote post. Every state change binds its transition; a worker's writes are fenced by its lease
 * token.
 */
@Repository
class Publications {

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final JsonMapper json;

  Publications(JdbcClient jdbc, Database database, JsonMapper json) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("publishing", database);
    this.json = json;
  }

  /** The id and state of the article's publication to the site, if there is one. */
  record Existing(UUID id, PublicationState state) {}

  Optional<Existing> find(UUID siteId, UUID articleId) {
    return jdbc.sql(sql.get("find-publication"))
        .param("siteId", siteId)
        .param("articleId", articleId)
        .query(
            (rs, n) ->
                new Existing(
                    rs.getObject("id", UUID.class),
                    PublicationState.valueOf(rs.getString("state"))))
        .optional();
  }

  /** One article of a new job, in its place. */
  record Planned(UUID articleId, UUID batchId, int position, Instant scheduledAt) {}

  void insert(UUID siteId, String owner, UUID jobId, Planned planned, Instant now) {
    jdbc.sql(sql.get("insert-publication"))
        .param("id", UUID.randomUUID())
        .param("siteId", siteId)
        .param("articleId", planned.articleId())
        .param("batchId", planned.batchId())
        .param("owner", owner)
        .param("jobId", jobId)
        .param("position", planned.position())
        .param("to", PublicationState.QUEUED.name())
        .param("scheduledAt", time(planned.scheduledAt()))
        .param("now", time(now))
        .update();
  }

  boolean requeue(UUID id, UUID jobId, Planned planned, boolean forget, Instant now) {
    PublicationTransition move = PublicationTransition.REQUEUE;
    return jdbc.sql(sql.get("requeue-publication"))
            .param("id", id)
            .param("jobId", jobId)
            .param("position", planned.position())
            .param("scheduledAt", time(planned.scheduledAt()))
            .param("forget", forget)
            .param("from", move.fromNames())
            .param("to", move.to().name())
            .param("now", time(now))
            .update()
        == 1;
  }

  int cancelJob(UUID jobId, Instant now) {
    PublicationTransition move = PublicationTransition.CANCEL;
    return jdbc.sql(sql.get("cancel-job-publications"))
        .param("jobId", jobId)
        .param("from", move.fromNames())
        .param("to", move.to().name())
        .param("now", time(now))
        .update();
  }

  /** Cancels publications that came back to the queue after their job was cancelled. */
  int cancelLeftovers(Instant now) {
    PublicationTransition move = PublicationTransition.CANCEL;
    return jdbc.sql(sql.get("cancel-leftovers"))
        .param("from", move.fromNames())
        .param("to", move.to().name())
        .param("now", time(now))
        .update();
  }

  List<UUID> readySites(Instant now) {
    return jdbc.sql(sql.get("ready-sites")).param("now", time(now)).query(UUID.class).list();
  }

  /** Claims the site's next due publication for this node, or empty. */
  Optional<ClaimedPublication> claim(UUID siteId, String node, Instant now, Instant expires) {
    PublicationTransition move = PublicationTransition.CLAIM;
    UUID token = UUID.randomUUID();
    int claimed =
        jdbc.sql(sql.get("claim"))
            .param("siteId", siteId)
            .param("from", move.fromNames())
            .param("to", move.to().name())
            .param("node", node)
            .param("token", token)
            .param("expires", time(expires))
            .param("now", time(now))
            .update();
    if (claimed == 0) {
      return Optional.empty();
    }
    return jdbc.sql(sql.get("claimed"))
        .param("token", token)
        .query((rs, n) -> claimed(rs, token))
        .optional();
  }

  /** Marks that a create is about to be sent; false when the lease is gone (send nothing). */
  boolean markUncertain(ClaimedPublication claim, Instant now) {
    return fenced("mark-uncertain", claim, now).update() == 1;
  }

  /** Stores the post's id (once known, never replaced by another). */
  boolean storePost(UUID id, long postId, String link, String remoteStatus, Instant now) {
    return jdbc.sql(sql.get("store-post"))
            .param("id", id)
            .param("postId", postId)
            .param("link", link)
            .param("remoteStatus", remoteStatus)
            .param("now", time(now))
            .update()
        == 1;
  }

  boolean succeed(ClaimedPublication claim, Instant now) {
    return move("succeed", PublicationTransition.SUCCEED, claim, now).update() == 1;
  }

  boolean retryLater(ClaimedPublication claim, Instant next, String error, Instant now) {
    return move("retry-later", PublicationTransition.RETRY_LATER, claim, now)
            .param("nextAttemptAt", time(next))
            .param("error", error)
            .update()
        == 1;
  }

  boolean throttle(ClaimedPublication claim, Instant next, String error, Instant now) {
    return move("throttle", PublicationTransition.THROTTLE, claim, now)
            .param("nextAttemptAt", time(next))
            .param("error", error)
            .update()
        == 1;
  }

  boolean fail(ClaimedPublication claim, String error, Instant now) {
    return move("fail", PublicationTransition.FAIL, claim, now).param("error", error).update() == 1;
  }

  boolean vanish(ClaimedPublication claim, String error, Instant now) {
    return move("fail", PublicationTransition.VANISH, claim, now).param("error", error).update()
        == 1;
  }

  void heartbeat(Collection<UUID> ids, String node, Instant expires) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.sql(sql.get("heartbeat"))
        .param("ids", List.copyOf(ids))
        .param("node", node)
        .param("expires", time(expires))
        .update();
  }

  /** Returns publications whose lease expired before {@code cutoff} to the queue. */
  int rescue(Instant cutoff, Instant now) {
    PublicationTransition move = PublicationTransition.RESCUE;
    return jdbc.sql(sql.get("rescue"))
        .param("from", move.fromNames())
        .param("to", move.to().name())
        .param("cutoff", time(cutoff))
        .param(
            "error",
            "The node publishing it stopped; the post is looked up before it is sent again")
        .param("now", time(now))
        .update();
  }

  List<ArticlePublication> ofBatch(String owner, UUID batchId) {
    return jdbc.sql(sql.get("batch-publications"))
        .param("batchId", batchId)
        .param("owner", owner)
        .query(
            (rs, n) ->
                new ArticlePublication(
                    rs.getObject("article_id", UUID.class),
                    rs.getObject("site_id", UUID.class),
                    rs.getString("site_name"),
                    rs.getObject("job_id", UUID.class),
                    PublicationState.valueOf(rs.getString("state")),
                    (Long) rs.getObject("post_id", Long.class),
                    rs.getString("link"),
                    rs.getString("remote_status"),
                    instant(rs, "scheduled_at"),
                    rs.getString("last_error"),
                    instant(rs, "published_at"),
                    instant(rs, "updated_at")))
        .list();
  }

  private JdbcClient.StatementSpec fenced(String name, ClaimedPublication claim, Instant now) {
    return jdbc.sql(sql.get(name))
        .param("id", claim.id())
        .param("token", claim.token())
        .param("now", time(now));
  }

  private JdbcClient.StatementSpec move(
      String name, PublicationTransition move, ClaimedPublication claim, Instant now) {
    return fenced(name, claim, now).param("from", move.fromNames()).param("to", move.to().name());
  }

  private ClaimedPublication claimed(ResultSet rs, UUID token) throws SQLException {
    return new ClaimedPublication(
        rs.getObject("id", UUID.class),
        token,
        rs.getObject("site_id", UUID.class),
        rs.getObject("article_id", UUID.class),
        rs.getObject("batch_id", UUID.class),
        rs.getString("owner"),
        rs.getObject("job_id", UUID.class),
        rs.getInt("attempts"),
        rs.getBoolean("uncertain"),
        (Long) rs.getObject("post_id", Long.class),
        instant(rs, "scheduled_at"),
        json.readValue(rs.getString("options"), PostOptions.class));
  }
}
