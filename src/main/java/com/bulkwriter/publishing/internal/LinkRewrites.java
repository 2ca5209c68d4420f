package com.bulkwriter.publishing.internal;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.WrittenArticle;
import com.bulkwriter.batch.WrittenArticles;
import com.bulkwriter.export.ArticleHtml;
import com.bulkwriter.linking.InternalLinks;
import com.bulkwriter.publishing.ArticlePublished;
import com.bulkwriter.support.ConflictException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Once an article's post exists on a site, the posts already published there that link to it are
 * updated, so that their link (plain text until then) points at its permalink. A failed update is
 * logged and left: publishing the linking article again writes its links anew.
 */
@Component
class LinkRewrites {

  private static final Logger log = LoggerFactory.getLogger(LinkRewrites.class);

  private final Sites sites;
  private final SiteService siteService;
  private final WrittenArticles written;
  private final WordPressClient client;
  private final InternalLinks links;

  LinkRewrites(
      Sites sites,
      SiteService siteService,
      WrittenArticles written,
      WordPressClient client,
      InternalLinks links) {
    this.sites = sites;
    this.siteService = siteService;
    this.written = written;
    this.client = client;
    this.links = links;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ArticlePublished published) {
    if (!published.created()) {
      return; // an updated post had its permalink before: its linkers point at it already
    }
    List<InternalLinks.PublishedSource> sources =
        links.publishedSources(published.siteId(), published.articleId());
    Optional<Site> site =
        sources.isEmpty() ? Optional.empty() : sites.find(null, published.siteId());
    if (site.isEmpty()) {
      return;
    }
    try {
      SiteAccess access = siteService.access(site.get());
      for (InternalLinks.PublishedSource source : sources) {
        rewrite(access, published, source);
      }
    } catch (ConflictException secretUnavailable) {
      log.warn(
          "Links to {} not rewritten: {}", published.articleId(), secretUnavailable.getMessage());
    }
  }

  private void rewrite(
      SiteAccess access, ArticlePublished published, InternalLinks.PublishedSource source) {
    WrittenArticle article = written.article(source.articleId()).orElse(null);
    if (article == null || article.status() != ArticleState.SUCCEEDED) {
      return;
    }
    ArticleHtml html = ArticleHtml.of(links.forSite(article, published.siteId()));
    try {
      client.update(
          access, source.postId(), Map.of("content", PostWriter.content(html, article.id())));
      log.info(
          "Post {} now links to the new post {} (article {})",
          source.postId(),
          published.postId(),
          published.articleId());
    } catch (WordPressFailure e) {
      log.warn(
          "Post {} could not be updated with its link to post {}: {}",
          source.postId(),
          published.postId(),
          e.getMessage());
    }
  }
}
