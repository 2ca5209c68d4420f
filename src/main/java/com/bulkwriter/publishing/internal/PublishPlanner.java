package com.bulkwriter.publishing.internal;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.ReviewState;
import com.bulkwriter.batch.WrittenArticles;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks a publish request against what the caller may see, and turns it into the articles to
 * publish, in order. Every problem is reported at once, by field; nothing is stored.
 */
@Component
class PublishPlanner {

  static final Set<String> STATUSES = Set.of("draft", "publish", "schedule");
  static final int MAX_TERMS = 20;

  private final Sites sites;
  private final WrittenArticles written;

  PublishPlanner(Sites sites, WrittenArticles written) {
    this.sites = sites;
    this.written = written;
  }

  /** An article to publish. */
  record Chosen(UUID id, UUID batchId) {}

  /** A valid request: the site, the articles in order, and how to post them. */
  record Plan(
      Site site,
      List<Chosen> articles,
      String status,
      PublishSchedule schedule,
      List<String> categories,
      List<String> tags) {}

  Plan plan(String scope, PublishRequest request) {
    List<InputError> errors = new ArrayList<>();
    if (request == null) {
      throw invalid(List.of(InputError.field("siteId", "is required")));
    }
    Site site = null;
    if (request.siteId() == null) {
      errors.add(InputError.field("siteId", "is required"));
    } else {
      site = sites.find(scope, request.siteId()).orElse(null);
      if (site == null) {
        errors.add(InputError.field("siteId", "no such site"));
      }
    }
    String status =
        request.status() == null ? "draft" : request.status().strip().toLowerCase(Locale.ROOT);
    if (!STATUSES.contains(status)) {
      errors.add(InputError.field("status", "must be draft, publish or schedule"));
    }
    PublishSchedule schedule =
        "schedule".equals(status) ? schedule(request.schedule(), errors) : null;
    List<String> categories = names("categories", request.categories(), errors);
    List<String> tags = names("tags", request.tags(), errors);
    if (request.authorId() != null && request.authorId() < 1) {
      errors.add(InputError.field("authorId", "must be a WordPress user id (1 or more)"));
    }
    List<Chosen> articles = articles(scope, request, errors);
    if (errors.isEmpty() && articles.isEmpty()) {
      errors.add(
          InputError.field(
              request.batchId() != null ? "batchId" : "articleIds",
              "has no written articles to publish"));
    }
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    return new Plan(site, articles, status, schedule, categories, tags);
  }

  private List<Chosen> articles(String scope, PublishRequest request, List<InputError> errors) {
    List<Chosen> chosen = new ArrayList<>();
    boolean hasIds = request.articleIds() != null && !request.articleIds().isEmpty();
    if (request.batchId() == null && !hasIds) {
      errors.add(InputError.field("batchId", "name a batch, or choose articles in articleIds"));
      return chosen;
    }
    if (request.batchId() != null && written.batches(scope, Set.of(request.batchId())).isEmpty()) {
      errors.add(InputError.field("batchId", "no such batch"));
      return chosen;
    }
    boolean onlyApproved = Boolean.TRUE.equals(request.approvedOnly());
    if (request.filter() != null) {
      return matching(request, hasIds, onlyApproved, errors);
    }
    if (!hasIds) {
      written.forEachWritten(
          scope,
          request.batchId(),
          article -> {
            if (!onlyApproved || article.review() == ReviewState.APPROVED) {
              chosen.add(new Chosen(article.id(), article.batchId()));
            }
          });
      return chosen;
    }
    if (request.articleIds().size() > 10_000) {
      errors.add(InputError.field("articleIds", "at most 10,000 articles per job"));
      return chosen;
    }
    List<UUID> ids = List.copyOf(new LinkedHashSet<>(request.articleIds()));
    Map<UUID, WrittenArticles.ArticleRef> found = written.locate(scope, ids);
    for (int i = 0; i < request.articleIds().size(); i++) {
      UUID id = request.articleIds().get(i);
      String field = "articleIds[%d]".formatted(i);
      WrittenArticles.ArticleRef ref = id == null ? null : found.get(id);
      if (ref == null) {
        errors.add(InputError.field(field, "no such article"));
      } else if (request.batchId() != null && !ref.batchId().equals(request.batchId())) {
        errors.add(InputError.field(field, "is not in batch " + request.batchId()));
      } else if (ref.status() != ArticleState.SUCCEEDED) {
        errors.add(InputError.field(field, "is not written yet (" + ref.status() + ")"));
      }
    }
    for (UUID id : ids) {
      WrittenArticles.ArticleRef ref = found.get(id);
      if (ref != null && (!onlyApproved || ref.review() == ReviewState.APPROVED)) {
        chosen.add(new Chosen(id, ref.batchId()));
      }
    }
    return chosen;
  }

  /** The batch's written articles matching the request's filter ("all matching"). */
  private List<Chosen> matching(
      PublishRequest request, boolean hasIds, boolean onlyApproved, List<InputError> errors) {
    if (hasIds || request.batchId() == null) {
      errors.add(
          InputError.field(
              "filter", "send a batchId with the filter, and no articleIds (all matching)"));
      return List.of();
    }
    PublishFilter filter = request.filter();
    String review = filter.review();
    if (onlyApproved && (review == null || review.isBlank())) {
      review = ReviewState.APPROVED.name();
    } else if (onlyApproved && !ReviewState.APPROVED.name().equalsIgnoreCase(review.strip())) {
      return List.of(); // approved only, yet the filter asks for others: nothing matches
    }
    var ids =
        written.matching(
            Set.of(request.batchId()), filter.status(), review, filter.search(), false, errors);
    return ids == null
        ? List.of()
        : ids.stream().map(id -> new Chosen(id, request.batchId())).toList();
  }

  private static PublishSchedule schedule(
      PublishRequest.Schedule schedule, List<InputError> errors) {
    if (schedule == null) {
      errors.add(InputError.field("schedule", "is required to schedule posts"));
      return null;
    }
    LocalDateTime start = null;
    LocalTime from = null;
    LocalTime to = null;
    try {
      start = LocalDateTime.parse(schedule.start());
    } catch (DateTimeParseException | NullPointerException e) {
      errors.add(
          InputError.field(
              "schedule.start", "must be a local date and time, e.g. 2026-12-07T09:00"));
    }
    int perDay = schedule.perDay() == null ? 0 : schedule.perDay();
    if (perDay < 1 || perDay > 1_000) {
      errors.add(InputError.field("schedule.perDay", "must be 1 to 1,000"));
    }
    try {
      from = LocalTime.parse(schedule.windowStart() == null ? "00:00" : schedule.windowStart());
    } catch (DateTimeParseException e) {
      errors.add(InputError.field("schedule.windowStart", "must be a time, e.g. 09:00"));
    }
    try {
      to = LocalTime.parse(schedule.windowEnd() == null ? "23:59" : schedule.windowEnd());
    } catch (DateTimeParseException e) {
      errors.add(InputError.field("schedule.windowEnd", "must be a time, e.g. 17:00"));
    }
    if (from != null && to != null && !from.isBefore(to)) {
      errors.add(InputError.field("schedule.windowEnd", "must be after windowStart"));
      return null;
    }
    if (start == null || from == null || to == null || perDay < 1 || perDay > 1_000) {
      return null;
    }
    return new PublishSchedule(start, perDay, from, to, null);
  }

  /** Clean term names (at most 20, 1 to 200 characters each, no case-insensitive repeats). */
  static List<String> names(String field, List<String> names, List<InputError> errors) {
    List<String> clean = new ArrayList<>();
    if (names == null) {
      return clean;
    }
    if (names.size() > MAX_TERMS) {
      errors.add(InputError.field(field, "at most " + MAX_TERMS));
      return clean;
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name == null || name.isBlank() || name.strip().length() > 200) {
        errors.add(InputError.field("%s[%d]".formatted(field, i), "must be 1 to 200 characters"));
      } else if (clean.stream().noneMatch(n -> n.equalsIgnoreCase(name.strip()))) {
        clean.add(name.strip());
      }
    }
    return clean;
  }

  private static InvalidInputException invalid(List<InputError> errors) {
    return new InvalidInputException("Nothing was published", errors);
  }
}
