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
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
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

  /** Stores the article's band keys and updates its near-duplicate pairs and theirs. */
  void update(CheckedContent article, int[] signature) {
    UUID id = article.articleId();
    UUID batchId = article.batchId();
    List<UUID> before = List.of();
    if (article.checked()) {
      before = partners(id);
      jdbc.sql(sql.get("delete-pairs")).param("id", id).update();
      jdbc.sql(sql.get("delete-bands")).param("id", id).update();
    }
    Map<UUID, Double> found = signature == null ? Map.of() : store(id, batchId, signature);
    if (!found.isEmpty()) {
      SqlParameterSource[] pairs =
          found.entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .flatMap(
                  pair ->
                      Stream.of(
                          pair(id, pair.getKey(), batchId, pair.getValue()),
                          pair(pair.getKey(), id, batchId, pair.getValue())))
              .toArray(SqlParameterSource[]::new);
      batchJdbc.batchUpdate(sql.get("insert-pair"), pairs);
    }
    if (!before.isEmpty() || !found.isEmpty()) {
      refresh(id, batchId, before, found);
    }
  }

  private Map<UUID, Double> store(UUID id, UUID batchId, int[] signature) {
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

  private static SqlParameterSource pair(UUID id, UUID other, UUID batchId, double similarity) {
    return new MapSqlParameterSource()
        .addValue("id", id)
        .addValue("otherId", other)
        .addValue("batchId", batchId)
        .addValue("similarity", similarity);
  }

  /**
   * NEAR_DUPLICATE of the article and of the partners it gained or lost. A partner that gained a
   * pair gets the failure if it has none yet (no row is rewritten, so writers of a batch of nearly
   * identical articles do not queue up on one another's rows); one that lost its last pair loses
   * it.
   */
  private void refresh(UUID id, UUID batchId, List<UUID> before, Map<UUID, Double> found) {
    jdbc.sql(sql.get("delete-near-duplicate-failures")).param("ids", List.of(id)).update();
    Map<UUID, Map<QualityCheck, String>> failures = new TreeMap<>();
    if (!found.isEmpty()) {
      double closest = found.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      failures.put(
          id,
          Map.of(
              QualityCheck.NEAR_DUPLICATE,
              String.format(
                  Locale.ROOT,
                  "nearly the same text as %d other article%s of the batch (up to %.0f %%)",
                  found.size(),
                  found.size() == 1 ? "" : "s",
                  closest * 100)));
      found.forEach(
          (other, similarity) ->
              failures.put(
                  other,
                  Map.of(
                      QualityCheck.NEAR_DUPLICATE,
                      String.format(
                          Locale.ROOT,
                          "nearly the same text as another article of the batch (%.0f %%)",
                          similarity * 100))));
    }
    store.fail(batchId, failures);
    List<UUID> lost = before.stream().filter(other -> !found.containsKey(other)).sorted().toList();
    if (!lost.isEmpty()) {
      jdbc.sql(sql.get("delete-lonely-near-duplicate-failures")).param("ids", lost).update();
    }
  }
}
