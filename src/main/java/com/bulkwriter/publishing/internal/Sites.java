package com.bulkwriter.publishing.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;
import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The connected sites, read and changed within one owner's scope ({@code null}: every owner). */
@Repository
class Sites {

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final JsonMapper json;

  Sites(JdbcClient jdbc, Database database, JsonMapper json) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("publishing", database);
    this.json = json;
  }

  void insert(Site site) {
    jdbc.sql(sql.get("insert-site"))
        .param("id", site.id())
        .param("owner", site.owner())
        .param("name", site.name())
        .param("url", site.url())
        .param("username", site.username())
        .param("secret", site.secret())
        .param("paceMs", site.requestPaceMs())
        .param("defaults", defaults(site))
        .param("now", time(site.createdAt()))
        .update();
  }

  Optional<Site> find(String owner, UUID id) {
    return jdbc.sql(sql.get("find-site"))
        .param("id", id)
        .param("owner", owner)
        .query(this::site)
        .optional();
  }

  List<Site> list(String owner) {
    return jdbc.sql(sql.get("list-sites")).param("owner", owner).query(this::site).list();
  }

  boolean update(String owner, Site site, Instant now) {
    return jdbc.sql(sql.get("update-site"))
            .param("id", site.id())
            .param("owner", owner)
            .param("name", site.name())
            .param("url", site.url())
            .param("username", site.username())
            .param("secret", site.secret())
            .param("paceMs", site.requestPaceMs())
            .param("defaults", defaults(site))
            .param("now", time(now))
            .update()
        == 1;
  }

  void recordCheck(UUID id, ConnectionCheck check) {
    jdbc.sql(sql.get("record-check"))
        .param("id", id)
        .param("timezone", check.timezone())
        .param("check", json.writeValueAsString(check))
        .param("now", time(check.checkedAt()))
        .update();
  }

  boolean delete(String owner, UUID id) {
    return jdbc.sql(sql.get("delete-site")).param("id", id).param("owner", owner).update() == 1;
  }

  /** Jobs of the site that are running or paused. */
  int activeJobs(UUID id) {
    return jdbc.sql(sql.get("site-running-jobs"))
        .param("siteId", id)
        .param("active", List.of(PublishJobStatus.RUNNING.name(), PublishJobStatus.PAUSED.name()))
        .query(Integer.class)
        .single();
  }

  private String defaults(Site site) {
    return site.defaults() == null ? null : json.writeValueAsString(site.defaults());
  }

  private Site site(ResultSet rs, int row) throws SQLException {
    String check = rs.getString("last_check");
    String defaults = rs.getString("publish_defaults");
    return new Site(
        rs.getObject("id", UUID.class),
        rs.getString("owner"),
        rs.getString("name"),
        rs.getString("url"),
        rs.getString("username"),
        rs.getString("secret"),
        rs.getObject("request_pace_ms", Integer.class),
        defaults == null ? null : json.readValue(defaults, SiteDefaults.class),
        rs.getString("timezone"),
        check == null ? null : json.readValue(check, ConnectionCheck.class),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }
}
