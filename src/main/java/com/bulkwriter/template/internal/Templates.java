package com.bulkwriter.template.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;
import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.batch.SettingsJson;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored templates, read within an owner scope: a user sees their own and the shared ones; an
 * admin ({@code null} scope) sees every one.
 */
@Repository
class Templates {

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final SettingsJson json;

  Templates(JdbcClient jdbc, Database database, SettingsJson json) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("template", database);
    this.json = json;
  }

  void insert(Template template) {
    jdbc.sql(sql.get("insert-template"))
        .param("id", template.id())
        .param("owner", template.owner())
        .param("name", template.name())
        .param("shared", template.shared())
        .param("settings", json.write(template.settings()))
        .param("now", time(template.createdAt()))
        .update();
  }

  void update(Template template) {
    jdbc.sql(sql.get("update-template"))
        .param("id", template.id())
        .param("name", template.name())
        .param("shared", template.shared())
        .param("settings", json.write(template.settings()))
        .param("now", time(template.updatedAt()))
        .update();
  }

  void delete(UUID id) {
    jdbc.sql(sql.get("delete-template")).param("id", id).update();
  }

  Optional<Template> find(String scope, UUID id) {
    return jdbc.sql(sql.get("find-template"))
        .param("id", id)
        .param("owner", scope)
        .query(this::template)
        .optional();
  }

  List<Template> visible(String scope, int limit) {
    return jdbc.sql(sql.get("visible-templates"))
        .param("owner", scope)
        .param("limit", limit)
        .query(this::template)
        .list();
  }

  long countOwned(String owner) {
    return jdbc.sql(sql.get("count-owned")).param("owner", owner).query(Long.class).single();
  }

  boolean nameTaken(String owner, String name, UUID except) {
    return jdbc.sql(sql.get("name-taken"))
            .param("owner", owner)
            .param("name", name)
            .param("id", except)
            .query(Long.class)
            .single()
        > 0;
  }

  private Template template(ResultSet rs, int row) throws SQLException {
    return new Template(
        rs.getObject("id", UUID.class),
        rs.getString("owner"),
        rs.getString("name"),
        rs.getBoolean("shared"),
        json.settings(rs.getString("settings")),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }
}
