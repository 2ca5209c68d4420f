package com.bulkwriter.quality.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;

import com.bulkwriter.quality.QualityCheck;
import com.bulkwriter.support.NotFoundException;
import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What the batch page and the article page show of the stored checks, within the owner's scope. */
@Service
public class QualityReports {

  /**
   * A batch's checks: how many finished articles were checked, how many wait for their checks
   * (written moments ago; counted neither as passing nor as failing), and how many fail each check.
   */
  public record BatchQuality(
      UUID batchId, long checked, long pending, long failing, Map<QualityCheck, Long> failures) {}

  /** One failed check of an article with what is wrong. */
  public record Failure(QualityCheck check, String detail) {}

  /** An article that fails at least one check. */
  public record FailingArticle(
      UUID id, int position, String keyword, String title, List<Failure> failures) {}

  /** Another article of the batch whose text is nearly the same. */
  public record NearDuplicate(UUID articleId, String keyword, String title, double similarity) {}

  /**
   * One article's checks; {@code checkedAt} is {@code null} when it has not been checked (not
   * written yet, or written and {@code pending}). A pending article that was checked before shows
   * the checks of the version it was checked at.
   */
  public record Assessment(
      UUID articleId,
      boolean pending,
      @Nullable Integer version,
      @Nullable Instant checkedAt,
      @Nullable Double readability,
      @Nullable String formula,
      List<Failure> failures,
      List<NearDuplicate> nearDuplicates) {}

  private final JdbcClient jdbc;
  private final NamedQueries sql;

  QualityReports(JdbcClient jdbc, Database database) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("quality", database);
  }

  public BatchQuality batch(@Nullable String owner, UUID batchId) {
    requireBatch(owner, batchId);
    long checked =
        jdbc.sql(sql.get("checked-count")).param("batchId", batchId).query(Long.class).single();
    Map<QualityCheck, Long> failures = new EnumMap<>(QualityCheck.class);
    jdbc.sql(sql.get("failure-counts"))
        .param("batchId", batchId)
        .query(
            (ResultSet rs) -> {
              long articles = rs.getLong("articles");
              QualityCheck.named(rs.getString("check_name"))
                  .ifPresent(check -> failures.put(check, articles));
            });
    long pending =
        jdbc.sql(sql.get("pending-count")).param("batchId", batchId).query(Long.class).single();
    return new BatchQuality(batchId, checked, pending, failing(batchId, null), failures);
  }

  /** The batch's finished articles failing {@code check} ({@code null}: any), in row order. */
  public PageOf<FailingArticle> failing(
      @Nullable String owner, UUID batchId, @Nullable QualityCheck check, PageRequest page) {
    requireBatch(owner, batchId);
    String name = check == null ? null : check.name();
    record Row(UUID id, int position, String keyword, String title) {}
    List<Row> rows =
        jdbc.sql(sql.get("failing-articles"))
            .param("batchId", batchId)
            .param("check", name)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(
                (rs, n) ->
                    new Row(
                        rs.getObject("id", UUID.class),
                        rs.getInt("ordinal"),
                        rs.getString("keyword"),
                        rs.getString("title")))
            .list();
    Map<UUID, List<Failure>> failures = failures(rows.stream().map(Row::id).toList());
    List<FailingArticle> articles =
        rows.stream()
            .map(
                r ->
                    new FailingArticle(
                        r.id(),
                        r.position(),
                        r.keyword(),
                        r.title(),
                        failures.getOrDefault(r.id(), List.of())))
            .toList();
    return PageOf.of(articles, page, failing(batchId, name));
  }

  public Assessment article(@Nullable String owner, UUID articleId) {
    jdbc.sql(sql.get("owned-article"))
        .param("id", articleId)
        .param("owner", owner)
        .query(UUID.class)
        .optional()
        .orElseThrow(() -> new NotFoundException("No such article: " + articleId));
    List<NearDuplicate> duplicates =
        jdbc.sql(sql.get("near-duplicates-of"))
            .param("id", articleId)
            .query(
                (rs, n) ->
                    new NearDuplicate(
                        rs.getObject("other_id", UUID.class),
                        rs.getString("keyword"),
                        rs.getString("title"),
                        rs.getDouble("similarity")))
            .list();
    List<Failure> failures = failures(List.of(articleId)).getOrDefault(articleId, List.of());
    boolean pending =
        jdbc.sql(sql.get("is-pending")).param("id", articleId).query(Long.class).single() > 0;
    return jdbc.sql(sql.get("quality-of"))
        .param("id", articleId)
        .query(
            (rs, n) ->
                new Assessment(
                    articleId,
                    pending,
                    rs.getInt("version"),
                    instant(rs, "checked_at"),
                    (Double) rs.getObject("readability"),
                    rs.getString("formula"),
                    failures,
                    duplicates))
        .optional()
        .orElse(new Assessment(articleId, pending, null, null, null, null, List.of(), List.of()));
  }

  private long failing(UUID batchId, @Nullable String check) {
    return jdbc.sql(sql.get("failing-count"))
        .param("batchId", batchId)
        .param("check", check)
        .query(Long.class)
        .single();
  }

  private Map<UUID, List<Failure>> failures(List<UUID> ids) {
    Map<UUID, List<Failure>> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    jdbc.sql(sql.get("failures-of"))
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              UUID article = rs.getObject("article_id", UUID.class);
              String detail = rs.getString("detail");
              QualityCheck.named(rs.getString("check_name"))
                  .ifPresent(
                      check ->
                          found
                              .computeIfAbsent(article, k -> new ArrayList<>())
                              .add(new Failure(check, detail)));
            });
    found.values().forEach(list -> list.sort((a, b) -> a.check().compareTo(b.check())));
    return found;
  }

  private void requireBatch(@Nullable String owner, UUID batchId) {
    jdbc.sql(sql.get("owned-batch"))
        .param("id", batchId)
        .param("owner", owner)
        .query(UUID.class)
        .optional()
        .orElseThrow(() -> new NotFoundException("No such batch: " + batchId));
  }
}
