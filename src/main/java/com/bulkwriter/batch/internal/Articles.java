package com.bulkwriter.batch.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;
import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.ArticleTransition;
import com.bulkwriter.batch.BatchSettings;
import com.bulkwriter.batch.ReviewState;
import com.bulkwriter.batch.SettingsJson;
import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.keywords.Keyword;
import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
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

/** The stored articles, read through their batch's owner. */
@Repository
public class Articles {

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final SettingsJson json;

  Articles(JdbcClient jdbc, Database database, SettingsJson json) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("batch", database);
    this.json = json;
  }

  PageOf<ArticleRow> page(UUID batchId, ArticleFilter filter, PageRequest page) {
    long total =
        jdbc.sql(sql.get("count-articles"))
            .param("batchId", batchId)
            .param("status", filter.statusName())
            .param("review", filter.reviewName())
            .param("search", filter.searchPattern())
            .query(Long.class)
            .single();
    List<ArticleRow> rows =
        jdbc.sql(sql.get("page-articles"))
            .param("batchId", batchId)
            .param("status", filter.statusName())
            .param("review", filter.reviewName())
            .param("search", filter.searchPattern())
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(
                (rs, n) ->
                    new ArticleRow(
                        rs.getObject("id", UUID.class),
                        rs.getInt("ordinal"),
                        rs.getString("keyword"),
                        ArticleState.valueOf(rs.getString("status")),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getString("title"),
                        (Integer) rs.getObject("word_count"),
                        ReviewState.valueOf(rs.getString("review_state")),
                        rs.getString("review_note")))
            .list();
    return PageOf.of(rows, page, total);
  }

  /** The specifications of the batch's articles still to write (queued or running). */
  List<ArticleSpec> unfinishedSpecs(UUID batchId, BatchSettings settings) {
    return jdbc.sql(sql.get("unfinished-articles"))
        .param("batchId", batchId)
        .param("unfinished", ArticleState.UNFINISHED.stream().map(Enum::name).toList())
        .query(
            (rs, n) ->
                settings.specFor(
                    rs.getString("keyword"), json.overrides(rs.getString("overrides"))))
        .list();
  }

  /**
   * Every keyword of the batch in row order, numbered from 1, each in the language it is written in
   * (its own or the batch's), as the cannibalisation check takes them.
   */
  List<Keyword> keywords(UUID batchId, String batchLanguage) {
    int[] row = {0};
    return jdbc.sql(sql.get("batch-keywords"))
        .param("batchId", batchId)
        .query(
            (rs, n) -> {
              String own = json.overrides(rs.getString("overrides")).language();
              return new Keyword(
                  ++row[0], rs.getString("keyword"), own != null ? own : batchLanguage);
            })
        .list();
  }

  Optional<Article> find(String owner, UUID id) {
    return jdbc.sql(sql.get("find-article"))
        .param("id", id)
        .param("owner", owner)
        .query(this::article)
        .optional();
  }

  /** Applies {@code transition} to every article of the batch in one of its source states. */
  int transitionAll(UUID batchId, ArticleTransition transition, Instant now) {
    String statement =
        switch (transition) {
          case CANCEL -> "cancel-articles";
          case RETRY_FAILED -> "retry-failed-articles";
          default -> throw new IllegalArgumentException(transition + " is not a batch-wide change");
        };
    return jdbc.sql(sql.get(statement))
        .param("batchId", batchId)
        .param("from", transition.fromNames())
        .param("to", transition.toName())
        .param("now", time(now))
        .update();
  }

  private Article article(ResultSet rs, int row) throws SQLException {
    String keyword = rs.getString("keyword");
    var settings = json.settings(rs.getString("settings"));
    var overrides = json.overrides(rs.getString("overrides"));
    return new Article(
        rs.getObject("id", UUID.class),
        rs.getObject("batch_id", UUID.class),
        rs.getInt("ordinal"),
        keyword,
        settings.specFor(keyword, overrides),
        ArticleState.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        rs.getString("title"),
        rs.getString("slug"),
        rs.getString("meta_description"),
        rs.getString("body"),
        (Integer) rs.getObject("word_count"),
        rs.getInt("version"),
        Batches.usage(rs),
        instant(rs, "created_at"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"),
        new Article.Review(
            ReviewState.valueOf(rs.getString("review_state")),
            rs.getString("review_note"),
            rs.getString("reviewed_by"),
            instant(rs, "reviewed_at")));
  }
}
