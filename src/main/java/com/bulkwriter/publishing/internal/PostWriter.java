package com.bulkwriter.publishing.internal;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.WrittenArticle;
import com.bulkwriter.batch.WrittenArticles;
import com.bulkwriter.export.ArticleHtml;
import com.bulkwriter.linking.InternalLinks;
import com.bulkwriter.publishing.ArticlePublished;
import com.bulkwriter.publishing.internal.WordPressClient.RemotePost;
import com.bulkwriter.support.ConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes one claimed publication, exactly once: a stored post is updated (or found deleted and
 * reported, never duplicated); after an attempt that may have created the post, the post is looked
 * up by the marker in its content before anything is created; before every create the publication
 * is marked uncertain, durably, so that a crash between WordPress creating the post and its id
 * being stored is followed by a lookup, not a second post. Every outcome is a fenced write.
 */
@Component
class PostWriter {

  private static final Logger log = LoggerFactory.getLogger(PostWriter.class);
  private static final DateTimeFormatter GMT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private final Sites sites;
  private final SiteService siteService;
  private final WrittenArticles written;
  private final WordPressClient client;
  private final Publications publications;
  private final PublishJobs jobs;
  private final SitePace pace;
  private final SiteTerms terms;
  private final InternalLinks links;
  private final PublishingProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PostWriter(
      Sites sites,
      SiteService siteService,
      WrittenArticles written,
      WordPressClient client,
      Publications publications,
      PublishJobs jobs,
      SitePace pace,
      SiteTerms terms,
      InternalLinks links,
      PublishingProperties properties,
      ApplicationEventPublisher events,
      Clock clock) {
    this.sites = sites;
    this.siteService = siteService;
    this.written = written;
    this.client = client;
    this.publications = publications;
    this.jobs = jobs;
    this.pace = pace;
    this.terms = terms;
    this.links = links;
    this.properties = properties;
    this.events = events;
    this.clock = clock;
  }

  void publish(ClaimedPublication claim) {
    try {
      Optional<Site> site = sites.find(null, claim.siteId());
      if (site.isEmpty()) {
        return; // removed meanwhile, and its publications with it
      }
      SiteAccess access = siteService.access(site.get());
      WrittenArticle article = written.article(claim.articleId()).orElse(null);
      if (article == null || article.status() != ArticleState.SUCCEEDED) {
        publications.fail(
            claim,
            "The article has no written text to publish now (it is being written again)",
            clock.instant());
        return;
      }
      Map<String, Object> fields = fields(access, claim, article);
      Long postId = claim.postId();
      if (postId == null && claim.uncertain()) {
        Optional<RemotePost> found = client.findByMarker(access, claim.marker());
        if (found.isPresent()) {
          postId = found.get().id();
          log.info("Publication {} found its post {} by its marker", claim.id(), postId);
          publications.storePost(
              claim.id(), postId, found.get().link(), found.get().status(), clock.instant());
        }
      }
      RemotePost post;
      boolean created = postId == null;
      if (!created) {
        Optional<RemotePost> existing = client.find(access, postId);
        if (existing.isEmpty() || "trash".equals(existing.get().status())) {
          publications.vanish(
              claim,
              "The post (id %d) was deleted on the site; publish again with \"create deleted posts"
                      .formatted(postId)
                  + " again\" to make a new one",
              clock.instant());
          return;
        }
        post = client.update(access, postId, fields);
      } else {
        if (!publications.markUncertain(claim, clock.instant())) {
          return; // the lease is gone: whoever holds the publication now decides
        }
        post = client.create(access, fields);
      }
      Instant now = clock.instant();
      publications.storePost(claim.id(), post.id(), post.link(), post.status(), now);
      if (publications.succeed(claim, now)) {
        events.publishEvent(
            new ArticlePublished(
                claim.articleId(),
                claim.batchId(),
                claim.owner(),
                claim.siteId(),
                post.id(),
                post.link(),
                post.status(),
                created,
                now));
      }
    } catch (WordPressFailure e) {
      failed(claim, e);
    } catch (ConflictException secretUnavailable) {
      pause(claim, secretUnavailable.getMessage());
    }
  }

  private Map<String, Object> fields(
      SiteAccess access, ClaimedPublication claim, WrittenArticle article) {
    PostOptions options = claim.options();
    // internal links point at the targets' permalinks; those not published yet are plain text
    // until LinkRewrites updates the post
    ArticleHtml html = ArticleHtml.of(links.forSite(article, claim.siteId()));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", html.title());
    fields.put("content", content(html, article.id()));
    fields.put("status", options.remoteStatus());
    if (article.slug() != null && !article.slug().isBlank()) {
      fields.put("slug", article.slug());
    }
    if (article.metaDescription() != null && !article.metaDescription().isBlank()) {
      fields.put("excerpt", article.metaDescription());
    }
    if (claim.scheduledAt() != null) {
      fields.put("date_gmt", GMT.format(claim.scheduledAt().truncatedTo(ChronoUnit.SECONDS)));
    }
    if (options.authorId() != null) {
      fields.put("author", options.authorId());
    }
    fields.put("categories", termIds(access, claim, "categories", options.categories()));
    fields.put("tags", termIds(access, claim, "tags", options.tags()));
    return fields;
  }

  /** A post's content: the article's HTML and the marker that ties the post to it. */
  static String content(ArticleHtml html, UUID articleId) {
    return html.body() + "\n<!-- " + ClaimedPublication.marker(articleId) + " -->\n";
  }

  private List<Long> termIds(
      SiteAccess access, ClaimedPublication claim, String taxonomy, List<String> names) {
    List<Long> ids = new ArrayList<>();
    if (names != null) {
      for (String name : names) {
        ids.add(terms.id(claim.jobId(), taxonomy, name, () -> client.term(access, taxonomy, name)));
      }
    }
    return ids;
  }

  private void failed(ClaimedPublication claim, WordPressFailure e) {
    Instant now = clock.instant();
    switch (e.kind()) {
      case AUTHENTICATION, CAPABILITY, NO_REST_API, CERTIFICATE -> pause(claim, e.getMessage());
      case RATE_LIMITED -> {
        Duration wait = min(e.retryAfter(), properties.maxRetryAfter());
        pace.holdBack(claim.siteId(), wait);
        publications.throttle(claim, now.plus(wait), e.getMessage(), now);
      }
      case NOT_FOUND -> publications.vanish(claim, "The post was deleted on the site", now);
      case PERMANENT -> publications.fail(claim, e.getMessage(), now);
      case RETRYABLE -> {
        if (claim.attempts() >= properties.maxAttempts()) {
          publications.fail(
              claim,
              "Failed after %d attempts: %s".formatted(claim.attempts(), e.getMessage()),
              now);
        } else {
          publications.retryLater(claim, now.plus(backoff(claim.attempts())), e.getMessage(), now);
        }
      }
    }
  }

  /** The site refused us for a reason the user must fix: every running job of the site waits. */
  private void pause(ClaimedPublication claim, String reason) {
    Instant now = clock.instant();
    jobs.pauseSite(claim.siteId(), reason, now);
    publications.throttle(claim, now, reason, now);
    log.warn("Publishing to site {} paused: {}", claim.siteId(), reason);
  }

  /** Between half and all of {@code base · 2^(attempt-1)}, at most {@code max}. */
  private Duration backoff(int attempt) {
    long ceiling =
        Math.min(
            properties.backoffMax().toMillis(),
            properties.backoffBase().toMillis() << Math.clamp(attempt - 1, 0, 20));
    long half = ceiling / 2;
    return Duration.ofMillis(
        half + (half == 0 ? 0 : ThreadLocalRandom.current().nextLong(half + 1)));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
