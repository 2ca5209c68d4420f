package com.bulkwriter.quality.internal;

import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.quality.QualityCheck;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

  /** The finished article's content, or empty when it has none (not SUCCEEDED, or gone). */
  Optional<CheckedContent> content(UUID articleId) {
    return jdbc.sql(sql.get("checked-content"))
        .param("id", articleId)
        .query((rs, row) -> content(rs))
        .optional();
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
        rowTarget.language() != null ? rowTarget.language() : batch.language());
  }

  /**
   * Replaces the article's own results (all but NEAR_DUPLICATE) with {@code findings}. A first
   * version has nothing to replace, so the queue's common write is two statements.
   */
  void save(CheckedContent article, Findings findings, Instant now) {
    UUID id = article.articleId();
    if (!article.isFirstVersion()) {
      jdbc.sql(sql.get("delete-quality")).param("id", id).update();
      jdbc.sql(sql.get("delete-own-failures")).param("id", id).update();
    }
    jdbc.sql(sql.get("insert-quality"))
        .param("id", id)
        .param("batchId", article.batchId())
        .param("version", article.version())
        .param("readability", findings.readability())
        .param("formula", findings.formula())
        .param(
            "signature", findings.signature() == null ? null : MinHash.encode(findings.signature()))
        .param("now", time(now))
        .update();
    fail(article.batchId(), Map.of(id, findings.failures()));
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
