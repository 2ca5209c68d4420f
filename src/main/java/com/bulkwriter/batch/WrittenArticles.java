package com.bulkwriter.batch;

import static com.bulkwriter.support.sql.SqlTime.instant;

import com.bulkwriter.batch.internal.ArticleFilter;
import com.bulkwriter.generation.TokenUsage;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read access to finished articles for other modules, always within one owner's scope. Articles are
 * streamed a page at a time in row order, so reading 10,000 of them takes no more memory than
 * reading one page.
 */
@Component
public class WrittenArticles {

  /** Articles read per query while streaming. */
  static final int PAGE = 100;

  /** Ids bound per {@code IN (...)} list, well below every database's parameter limit. */
  private static final int IDS_PER_QUERY = 1_000;

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final SettingsJson json;

  WrittenArticles(JdbcClient jdbc, Database database, SettingsJson json) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("batch", database);
    this.json = json;
  }

  /**
   * A batch as seen from outside the module.
   *
   * @param written how many of its articles are finished with a result (SUCCEEDED)
   * @param approved how many of the written ones are approved
   * @param articles how many articles it has in any state
   */
  public record BatchRef(UUID id, String name, int written, int approved, int articles) {}

  /** Where an article belongs and how far it is. */
  public record ArticleRef(UUID id, UUID batchId, ArticleState status, ReviewState review) {}

  /** The owner's batches among {@code ids}, keyed by id; ids of others or of nothing are absent. */
  public Map<UUID, BatchRef> batches(String owner, Collection<UUID> ids) {
    Map<UUID, BatchRef> found = new LinkedHashMap<>();
    for (List<UUID> part : parts(ids)) {
      jdbc.sql(sql.get("written-batches"))
          .param("owner", owner)
          .param("ids", part)
          .query(
              (ResultSet rs) -> {
                UUID id = rs.getObject("id", UUID.class);
                found.put(
                    id,
                    new BatchRef(
                        id,
                        rs.getString("name"),
                        rs.getInt("written"),
                        rs.getInt("approved"),
                        rs.getInt("articles")));
              });
    }
    return found;
  }

  /**
   * The articles of {@code batchIds} (already checked to be the owner's) that match the batch
   * page's filter as a request sends it: a state, a review state and a search in keyword and title,
   * each absent for any; only finished ones unless {@code allStates}. In batch and row order; null
   * with each wrong part of the filter named in {@code errors} ({@code filter.status}, {@code
   * filter.review}, {@code filter.search}).
   */
  public Set<UUID> matching(
      Collection<UUID> batchIds,
      String status,
      String review,
      String search,
      boolean allStates,
      List<InputError> errors) {
    ArticleFilter filter = ArticleFilter.parse(status, review, search, errors);
    if (filter == null) {
      return null;
    }
    Set<UUID> found = new LinkedHashSet<>();
    for (List<UUID> part : parts(batchIds)) {
      found.addAll(
          jdbc.sql(sql.get("matching-written-articles"))
              .param("batchIds", part)
              .param("allStates", allStates)
              .param("status", filter.statusName())
              .param("review", filter.reviewName())
              .param("search", filter.searchPattern())
              .query(UUID.class)
              .list());
    }
    return found;
  }

  /** The owner's articles among {@code ids}, keyed by id; others are absent. */
  public Map<UUID, ArticleRef> locate(String owner, Collection<UUID> ids) {
    Map<UUID, ArticleRef> found = new HashMap<>();
    for (List<UUID> part : parts(ids)) {
      jdbc.sql(sql.get("locate-articles"))
          .param("owner", owner)
          .param("ids", part)
          .query(
              (ResultSet rs) -> {
                UUID id = rs.getObject("id", UUID.class);
                found.put(
                    id,
                    new ArticleRef(
                        id,
                        rs.getObject("batch_id", UUID.class),
                        ArticleState.valueOf(rs.getString("status")),
                        ReviewState.valueOf(rs.getString("review_state"))));
              });
    }
    return found;
  }

  /**
   * Hands every written article of the owner's batch to {@code each}, in row order. Does nothing
   * for a batch that is not the owner's.
   */
  public void forEachWritten(String owner, UUID batchId, Consumer<WrittenArticle> each) {
    forEachIn(ArticleState.SUCCEEDED, owner, batchId, each);
  }

  /**
   * Hands every article of the owner's batch that is in {@code state} to {@code each}, in row
   * order; only SUCCEEDED articles have a result (Markdown, title, words). Does nothing for a batch
   * that is not the owner's.
   */
  public void forEachIn(
      ArticleState state, String owner, UUID batchId, Consumer<WrittenArticle> each) {
    var settings =
        jdbc.sql(sql.get("owned-batch-settings"))
            .param("id", batchId)
            .param("owner", owner)
            .query((rs, n) -> json.settings(rs.getString(1)))
            .optional();
    if (settings.isEmpty()) {
      return;
    }
    String batchLanguage = settings.get().language();
    int after = 0;
    while (true) {
      List<WrittenArticle> page =
          jdbc.sql(sql.get("articles-after"))
              .param("batchId", batchId)
              .param("status", state.name())
              .param("after", after)
              .param("limit", PAGE)
              .query((rs, n) -> article(rs, batchLanguage))
              .list();
      page.forEach(each);
      if (page.size() < PAGE) {
        return;
      }
      after = page.getLast().position();
    }
  }

  /**
   * One article, whoever owns it, or empty: for workers that act on a stored row after the caller's
   * rights were checked (publishing). Only a SUCCEEDED article has a result.
   */
  public Optional<WrittenArticle> article(UUID id) {
    return jdbc.sql(sql.get("written-article"))
        .param("id", id)
        .query((rs, n) -> article(rs, json.settings(rs.getString("settings")).language()))
        .optional();
  }

  private WrittenArticle article(ResultSet rs, String batchLanguage) throws SQLException {
    ArticleOverrides overrides = json.overrides(rs.getString("overrides"));
    String language = overrides.language() != null ? overrides.language() : batchLanguage;
    return new WrittenArticle(
        rs.getObject("id", UUID.class),
        rs.getObject("batch_id", UUID.class),
        rs.getInt("ordinal"),
        rs.getString("keyword"),
        ArticleState.valueOf(rs.getString("status")),
        rs.getString("title"),
        rs.getString("slug"),
        rs.getString("meta_description"),
        rs.getString("body"),
        (Integer) rs.getObject("word_count"),
        language,
        new TokenUsage(
            rs.getLong("prompt_tokens"),
            rs.getLong("completion_tokens"),
            rs.getBigDecimal("cost_usd")),
        instant(rs, "created_at"),
        instant(rs, "finished_at"),
        ReviewState.valueOf(rs.getString("review_state")),
        rs.getString("review_note"));
  }

  private static List<List<UUID>> parts(Collection<UUID> ids) {
    List<UUID> all = List.copyOf(ids);
    List<List<UUID>> parts = new ArrayList<>();
    for (int i = 0; i < all.size(); i += IDS_PER_QUERY) {
      parts.add(all.subList(i, Math.min(all.size(), i + IDS_PER_QUERY)));
    }
    return parts;
  }
}
