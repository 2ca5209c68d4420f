package com.bulkwriter.publishing.internal;

import com.bulkwriter.batch.WrittenArticles;
import com.bulkwriter.support.ConflictException;
import com.bulkwriter.support.NotFoundException;
import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starting publish jobs and steering them. A job is stored with one publication per article in one
 * transaction; an article already published to the site keeps its publication (and its post), which
 * the new job updates.
 */
@Service
public class PublishService {

  private final Sites sites;
  private final SiteService siteService;
  private final PublishJobs jobs;
  private final Publications publications;
  private final WrittenArticles written;
  private final PublishPlanner planner;
  private final TransactionTemplate transactions;
  private final JobProgress progress;
  private final Clock clock;

  PublishService(
      Sites sites,
      SiteService siteService,
      PublishJobs jobs,
      Publications publications,
      WrittenArticles written,
      PublishPlanner planner,
      TransactionTemplate transactions,
      JobProgress progress,
      Clock clock) {
    this.sites = sites;
    this.siteService = siteService;
    this.jobs = jobs;
    this.publications = publications;
    this.written = written;
    this.planner = planner;
    this.transactions = transactions;
    this.progress = progress;
    this.clock = clock;
  }

  /** Validates the request, plans the posts and stores the job; the runner does the rest. */
  public PublishJob start(String owner, String scope, PublishRequest request) {
    PublishPlanner.Plan plan = planner.plan(scope, request);
    Site site = plan.site();
    ZoneId zone = null;
    if (plan.schedule() != null) {
      zone = zone(scope, site);
    }
    List<Instant> slots =
        plan.schedule() == null
            ? null
            : plan.schedule().withZone(zone).slots(plan.articles().size());
    List<Publications.Planned> planned = new ArrayList<>();
    for (int i = 0; i < plan.articles().size(); i++) {
      var article = plan.articles().get(i);
      planned.add(
          new Publications.Planned(
              article.id(), article.batchId(), i + 1, slots == null ? null : slots.get(i)));
    }
    PostOptions options =
        new PostOptions(
            plan.status(),
            plan.categories(),
            plan.tags(),
            request.authorId(),
            plan.schedule() == null ? null : request.schedule(),
            zone == null ? null : zone.getId());
    boolean recreate = Boolean.TRUE.equals(request.recreateDeleted());
    UUID jobId = UUID.randomUUID();
    Instant now = clock.instant();
    transactions.executeWithoutResult(
        tx -> {
          jobs.insert(jobId, owner, site.id(), options, planned.size(), now);
          for (Publications.Planned one : planned) {
            var existing = publications.find(site.id(), one.articleId());
            if (existing.isEmpty()) {
              publications.insert(site.id(), owner, jobId, one, now);
            } else if (!publications.requeue(
                existing.get().id(),
                jobId,
                one,
                recreate && existing.get().state() == PublicationState.GONE,
                now)) {
              throw new ConflictException(
                  "Article %s is being published to this site right now; wait for it to finish"
                      .formatted(one.articleId()));
            }
          }
        });
    return announced(job(null, jobId));
  }

  public PublishJob job(String scope, UUID id) {
    return jobs.find(scope, id).orElseThrow(() -> new NotFoundException("No publish job " + id));
  }

  public PageOf<PublishJob> jobs(String scope, PageRequest page) {
    return jobs.page(scope, page);
  }

  public PublishJob pause(String scope, UUID id) {
    return move(scope, id, List.of(PublishJobStatus.RUNNING), PublishJobStatus.PAUSED, "paused");
  }

  public PublishJob resume(String scope, UUID id) {
    return move(scope, id, List.of(PublishJobStatus.PAUSED), PublishJobStatus.RUNNING, "resumed");
  }

  /** Cancels a running or paused job: what is still queued is not published. */
  public PublishJob cancel(String scope, UUID id) {
    job(scope, id);
    Instant now = clock.instant();
    boolean moved =
        Boolean.TRUE.equals(
            transactions.execute(
                tx -> {
                  if (!jobs.move(
                      id,
                      List.of(PublishJobStatus.RUNNING, PublishJobStatus.PAUSED),
                      PublishJobStatus.CANCELLED,
                      null,
                      now)) {
                    return false;
                  }
                  publications.cancelJob(id, now);
                  return true;
                }));
    if (!moved) {
      throw new ConflictException("Only a running or paused job can be cancelled");
    }
    return announced(job(scope, id));
  }

  /** Every publication of the batch's articles, for its publish-status column. */
  public List<ArticlePublication> ofBatch(String scope, UUID batchId) {
    if (written.batches(scope, Set.of(batchId)).isEmpty()) {
      throw new NotFoundException("No batch " + batchId);
    }
    return publications.ofBatch(scope, batchId);
  }

  private PublishJob move(
      String scope, UUID id, List<PublishJobStatus> from, PublishJobStatus to, String verb) {
    job(scope, id);
    String reason = to == PublishJobStatus.PAUSED ? "Paused by the user" : null;
    if (!jobs.move(id, from, to, reason, clock.instant())) {
      throw new ConflictException(
          "Only a %s job can be %s".formatted(from.getFirst().name().toLowerCase(), verb));
    }
    return announced(job(scope, id));
  }

  private PublishJob announced(PublishJob job) {
    progress.announce(job);
    return job;
  }

  /** The site's timezone: as last tested, else tested now. */
  private ZoneId zone(String scope, Site site) {
    String timezone = site.timezone();
    if (timezone == null) {
      ConnectionCheck check = siteService.test(scope, site.id());
      timezone = check.timezone();
      if (timezone == null) {
        throw new ConflictException(
            "The site's timezone could not be read for the schedule: "
                + String.join("; ", check.problems()));
      }
    }
    return ZoneId.of(timezone);
  }
}
