package com.bulkwriter.quality.internal;

import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.quality.QualityCheck;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads an article's content to check, and stores what its checks found (sql/quality.sql). */
@Repository
class QualityStore {

  /** What the checks need of a batch's settings or a row's overrides (stored as JSON). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Target(String language, Integer wordCount) {}

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batchJdbc;
  private final NamedQueries sql;
  private final JsonMapper json;

  QualityStore(
      JdbcClient jdbc, NamedParameterJdbcTemplate batchJdbc, Database database, JsonMapper json) {
    this.jdbc = jdbc;
    this.batchJdbc = batchJdbc;
    this.sql = NamedQueries.load("quality", database);
    this.json = json;
  }

  /** The content of those of the articles that are finished (not SUCCEEDED or gone: left out). */
  List<CheckedContent> contents(List<UUID> articleIds) {
    if (articleIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(sql.get("checked-content"))
        .param("ids", articleIds)
        .query((rs, row) -> content(rs))
        .list();
  }

  private CheckedContent content(ResultSet rs) throws SQLException {
    Target batch = json.readValue(rs.getString("settings"), Target.class);
    String overridesText = rs.getString("overrides");
    Target rowTarget =
        overridesText == null
            ? new Target(null, null)
            : json.readValue(overridesText, Target.class);
    Integer words = (Integer) rs.getObject("word_count");
    Integer target = rowTarget.wordCount() != null ? rowTarget.wordCount() : batch.wordCount();
    return new CheckedContent(
        rs.getObject("id", UUID.class),
        rs.getObject("batch_id", UUID.class),
        rs.getInt("version"),
        rs.getString("keyword"),
        rs.getString("title"),
        rs.getString("slug"),
        rs.getString("meta_description"),
        rs.getString("body"),
        words == null ? 0 : words,
        target == null ? 0 : target,
        rowTarget.language() != null ? rowTarget.language() : batch.language(),
        rs.getInt("checked") == 1);
  }

  /**
   * Replaces the articles' own results (all but NEAR_DUPLICATE) with what their checks found, in
   * one round trip per statement for the whole chunk. Articles never checked have nothing to
   * replace, so the common write is two statements.
   */
  void save(Map<CheckedContent, Findings> checked, Instant now) {
    List<UUID> replaced =
        checked.keySet().stream()
            .filter(CheckedContent::checked)
            .map(CheckedContent::articleId)
            .toList();
    if (!replaced.isEmpty()) {
      jdbc.sql(sql.get("delete-quality")).param("ids", replaced).update();
      jdbc.sql(sql.get("delete-own-failures")).param("ids", replaced).update();
    }
    SqlParameterSource[] rows =
        checked.entrySet().stream()
            .map(
                entry -> {
                  CheckedContent article = entry.getKey();
                  Findings findings = entry.getValue();
                  int[] signature = findings.signature();
                  return new MapSqlParameterSource()
                      .addValue("id", article.articleId())
                      .addValue("batchId", article.batchId())
                      .addValue("version", article.version())
                      .addValue("readability", findings.readability())
                      .addValue("formula", findings.formula())
                      .addValue("signature", signature == null ? null : MinHash.encode(signature))
                      .addValue("now", time(now));
                })
            .toArray(SqlParameterSource[]::new);
    if (rows.length > 0) {
      batchJdbc.batchUpdate(sql.get("insert-quality"), rows);
    }
    checked.entrySet().stream()
        .collect(
            Collectors.groupingBy(
                entry -> entry.getKey().batchId(),
                Collectors.toMap(
                    entry -> entry.getKey().articleId(), entry -> entry.getValue().failures())))
        .forEach(this::fail);
  }

  /** Records failed checks (one round trip), keeping a row another writer has just added. */
  void fail(UUID batchId, Map<UUID, Map<QualityCheck, String>> failures) {
    SqlParameterSource[] rows =
        failures.entrySet().stream()
            .sorted(Map.Entry.comparingByKey()) // one lock order for every writer
            .flatMap(
                article ->
                    article.getValue().entrySet().stream()
                        .map(
                            failure ->
                                new MapSqlParameterSource()
                                    .addValue("id", article.getKey())
                                    .addValue("batchId", batchId)
                                    .addValue("check", failure.getKey().name())
                                    .addValue("detail", Findings.cut(failure.getValue(), 500))))
            .toArray(SqlParameterSource[]::new);
    if (rows.length > 0) {
      batchJdbc.batchUpdate(sql.get("insert-failure"), rows);
    }
  }
}
