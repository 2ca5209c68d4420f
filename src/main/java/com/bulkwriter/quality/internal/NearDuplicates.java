package com.bulkwriter.quality.internal;

import com.bulkwriter.quality.QualityCheck;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The near-duplicate check across a batch. An article's MinHash signature and its LSH band keys are
 * stored; the articles of its batch sharing a band key are its candidates (at most {@code
 * near-duplicate-candidates}, those sharing most bands first), and only they are compared. Pairs
 * above the similarity threshold are kept both ways, so that an edit that makes an article unique
 * clears its partners' NEAR_DUPLICATE too.
 */
@Component
class NearDuplicates {

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batchJdbc;
  private final NamedQueries sql;
  private final QualityProperties settings;
  private final QualityStore store;

  NearDuplicates(
      JdbcClient jdbc,
      NamedParameterJdbcTemplate batchJdbc,
      Database database,
      QualityProperties settings,
      QualityStore store) {
    this.jdbc = jdbc;
    this.batchJdbc = batchJdbc;
    this.sql = NamedQueries.load("quality", database);
    this.settings = settings;
    this.store = store;
  }

  /** Stores the article's signature and updates its near-duplicate pairs and theirs. */
  void update(CheckedContent article, int[] signature) {
    UUID id = article.articleId();
    UUID batchId = article.batchId();
    TreeSet<UUID> affected = new TreeSet<>(partners(id));
    jdbc.sql(sql.get("delete-pairs")).param("id", id).update();
    jdbc.sql(sql.get("delete-bands")).param("id", id).update();
    jdbc.sql(sql.get("delete-minhash")).param("id", id).update();
    if (signature != null) {
      Map<UUID, Double> found = store(id, batchId, signature);
      found.forEach(
          (other, similarity) -> {
            pair(id, other, batchId, similarity);
            pair(other, id, batchId, similarity);
          });
      affected.addAll(found.keySet());
    }
    affected.add(id);
    refresh(List.copyOf(affected), batchId);
  }

  private Map<UUID, Double> store(UUID id, UUID batchId, int[] signature) {
    jdbc.sql(sql.get("insert-minhash"))
        .param("id", id)
        .param("batchId", batchId)
        .param("signature", MinHash.encode(signature))
        .update();
    long[] keys = MinHash.bandKeys(signature);
    SqlParameterSource[] bands =
        Arrays.stream(keys)
            .distinct()
            .mapToObj(
                key ->
                    new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("batchId", batchId)
                        .addValue("key", key))
            .toArray(SqlParameterSource[]::new);
    batchJdbc.batchUpdate(sql.get("insert-band"), bands);
    List<UUID> hits =
        jdbc.sql(sql.get("candidates"))
            .param("batchId", batchId)
            .param("keys", Arrays.stream(keys).boxed().toList())
            .param("id", id)
            .param("limit", settings.nearDuplicateCandidates() * MinHash.BANDS)
            .query(UUID.class)
            .list();
    Map<UUID, Integer> sharedBands = new HashMap<>();
    hits.forEach(hit -> sharedBands.merge(hit, 1, Integer::sum));
    List<UUID> candidates =
        sharedBands.entrySet().stream()
            .sorted(
                Map.Entry.<UUID, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.<UUID, Integer>comparingByKey()))
            .limit(settings.nearDuplicateCandidates())
            .map(Map.Entry::getKey)
            .toList();
    Map<UUID, Double> found = new LinkedHashMap<>();
    if (candidates.isEmpty()) {
      return found;
    }
    jdbc.sql(sql.get("signatures"))
        .param("ids", candidates)
        .query(
            (ResultSet rs) -> {
              double similarity =
                  MinHash.similarity(signature, MinHash.decode(rs.getString("signature")));
              if (similarity >= settings.nearDuplicateSimilarity()) {
                found.put(rs.getObject("article_id", UUID.class), similarity);
              }
            });
    return found;
  }

  private List<UUID> partners(UUID id) {
    return jdbc.sql(sql.get("partners")).param("id", id).query(UUID.class).list();
  }

  private void pair(UUID id, UUID other, UUID batchId, double similarity) {
    jdbc.sql(sql.get("insert-pair"))
        .param("id", id)
        .param("otherId", other)
        .param("batchId", batchId)
        .param("similarity", similarity)
        .update();
  }

  /** NEAR_DUPLICATE of {@code ids} (sorted, so that two writers lock rows in the same order). */
  private void refresh(List<UUID> ids, UUID batchId) {
    jdbc.sql(sql.get("delete-near-duplicate-failures")).param("ids", ids).update();
    record Summary(UUID id, int pairs, double closest) {}
    List<Summary> summaries =
        jdbc.sql(sql.get("pair-summary"))
            .param("ids", ids)
            .query(
                (rs, n) ->
                    new Summary(
                        rs.getObject("article_id", UUID.class),
                        rs.getInt("pairs"),
                        rs.getDouble("closest")))
            .list();
    for (Summary summary : summaries) {
      store.fail(
          summary.id(),
          batchId,
          QualityCheck.NEAR_DUPLICATE,
          String.format(
              Locale.ROOT,
              "%d other article%s of the batch %s up to %.0f %% the same",
              summary.pairs(),
              summary.pairs() == 1 ? "" : "s",
              summary.pairs() == 1 ? "is" : "are",
              summary.closest() * 100));
    }
  }
}
