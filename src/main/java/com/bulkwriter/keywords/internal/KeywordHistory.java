package com.bulkwriter.keywords.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;

import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The normalised keys of every batch's keywords ({@code keyword_keys}), so that a new batch is
 * checked against the owner's earlier ones by an indexed lookup of its keys, not by reading the
 * history.
 */
@Repository
public class KeywordHistory {

  /**
   * Keys per lookup statement: a batch of 10,000 keywords takes a few statements, and a few
   * thousand parameters stay well inside every driver's limit (PostgreSQL's is 65,535).
   */
  static final int KEYS_PER_LOOKUP = 2_500;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate template;
  private final NamedQueries sql;

  KeywordHistory(JdbcClient jdbc, NamedParameterJdbcTemplate template, Database database) {
    this.jdbc = jdbc;
    this.template = template;
    this.sql = NamedQueries.load("keywords", database);
  }

  /** A keyword of an earlier batch with the same key. */
  public record Use(
      String key, UUID batchId, String batchName, String keyword, Instant writtenAt) {}

  /** Stores a new batch's keys, each with its first keyword; in the transaction of its insert. */
  public void remember(String owner, UUID batchId, Map<String, String> keywordByKey) {
    MapSqlParameterSource[] rows =
        keywordByKey.entrySet().stream()
            .map(
                e ->
                    new MapSqlParameterSource()
                        .addValue("batchId", batchId)
                        .addValue("owner", owner)
                        .addValue("normalized", e.getKey())
                        .addValue("keyword", e.getValue()))
            .toArray(MapSqlParameterSource[]::new);
    template.batchUpdate(sql.get("insert-keyword-key"), rows);
  }

  /** Batches with no keys: submitted before keys were kept, newest first. */
  public List<UUID> batchesWithoutKeys() {
    return jdbc.sql(sql.get("batches-without-keys")).query(UUID.class).list();
  }

  /** The owner's newest {@code perKey} earlier uses of each of these keys, by key. */
  public Map<String, List<Use>> find(String owner, List<String> keys, int perKey) {
    Map<String, List<Use>> uses = new HashMap<>();
    for (int from = 0; from < keys.size(); from += KEYS_PER_LOOKUP) {
      jdbc.sql(sql.get("earlier-uses"))
          .param("owner", owner)
          .param("perKey", perKey)
          .param("keys", keys.subList(from, Math.min(keys.size(), from + KEYS_PER_LOOKUP)))
          .query(
              (rs, n) ->
                  new Use(
                      rs.getString("normalized"),
                      rs.getObject("batch_id", UUID.class),
                      rs.getString("batch_name"),
                      rs.getString("keyword"),
                      instant(rs, "created_at")))
          .list()
          .forEach(use -> uses.computeIfAbsent(use.key(), k -> new ArrayList<>()).add(use));
    }
    return uses;
  }
}
