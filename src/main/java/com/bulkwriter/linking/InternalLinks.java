package com.bulkwriter.linking;

import com.bulkwriter.batch.WrittenArticle;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Internal links for the modules that take articles somewhere: an export points them at its URL
 * pattern, publishing at the site's permalinks. An article without links is handed back as it is,
 * without a query.
 */
@Component
public class InternalLinks {

  /** An article on a site that links to another: its post, to rewrite once the target exists. */
  public record PublishedSource(UUID articleId, long postId) {}

  private final JdbcClient jdbc;
  private final NamedQueries sql;

  InternalLinks(JdbcClient jdbc, Database database) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("linking", database);
  }

  /**
   * {@code article} with its links pointed at {@code pattern}, where {@code {slug}} is the target's
   * slug and {@code {id}} its id ({@code /{slug}/}); a target without a slug (no longer written)
   * leaves its anchor as plain text.
   */
  public WrittenArticle forExport(WrittenArticle article, String pattern) {
    Set<UUID> targets = LinkPlaceholders.targets(article.markdown());
    if (targets.isEmpty()) {
      return article;
    }
    Map<UUID, String> slugs = addresses("target-slugs", targets, Map.of());
    return with(
        article,
        LinkPlaceholders.resolve(
            article.markdown(),
            id -> {
              String slug = slugs.get(id);
              return slug == null || slug.isBlank()
                  ? null
                  : pattern.replace("{slug}", slug).replace("{id}", id.toString());
            }));
  }

  /**
   * {@code article} with its links pointed at the targets' permalinks on the site; a target not
   * published there (yet) leaves its anchor as plain text until {@link #publishedSources} finds the
   * article again.
   */
  public WrittenArticle forSite(WrittenArticle article, UUID siteId) {
    Set<UUID> targets = LinkPlaceholders.targets(article.markdown());
    if (targets.isEmpty()) {
      return article;
    }
    Map<UUID, String> permalinks = addresses("site-permalinks", targets, Map.of("siteId", siteId));
    return with(article, LinkPlaceholders.resolve(article.markdown(), permalinks::get));
  }

  /** The articles published on the site (with their posts) that link to {@code targetId}. */
  public List<PublishedSource> publishedSources(UUID siteId, UUID targetId) {
    return jdbc.sql(sql.get("published-sources"))
        .param("siteId", siteId)
        .param("targetId", targetId)
        .query((rs, n) -> new PublishedSource(rs.getObject("source_id", UUID.class), rs.getLong(2)))
        .list();
  }

  private Map<UUID, String> addresses(String query, Set<UUID> ids, Map<String, Object> params) {
    Map<UUID, String> found = new HashMap<>();
    var statement = jdbc.sql(sql.get(query)).param("ids", List.copyOf(ids));
    for (var param : params.entrySet()) {
      statement = statement.param(param.getKey(), param.getValue());
    }
    statement.query(
        (ResultSet rs) -> {
          found.put(rs.getObject(1, UUID.class), rs.getString(2));
        });
    return found;
  }

  private static WrittenArticle with(WrittenArticle a, String markdown) {
    return new WrittenArticle(
        a.id(),
        a.batchId(),
        a.position(),
        a.keyword(),
        a.status(),
        a.title(),
        a.slug(),
        a.metaDescription(),
        markdown,
        a.wordCount(),
        a.language(),
        a.usage(),
        a.createdAt(),
        a.finishedAt(),
        a.review(),
        a.reviewNote());
  }
}
