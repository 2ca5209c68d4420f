package com.bulkwriter.export.internal;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.WrittenArticles;
import com.bulkwriter.batch.WrittenArticles.ArticleRef;
import com.bulkwriter.batch.WrittenArticles.BatchRef;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks an export request against the owner's data and turns it into a plan, or refuses it with
 * every bad field named (unknown format, layout or include, unknown batch, an article outside the
 * batches or, unless all articles are included, not finished, nothing to export). A refused request
 * creates nothing.
 */
@Component
class ExportPlanner {

  private final WrittenArticles written;

  ExportPlanner(WrittenArticles written) {
    this.written = written;
  }

  /**
   * A valid request: what goes into the archive and how.
   *
   * @param allArticles whether articles without a result are listed too
   * @param approvedOnly whether only approved articles get files (the others are listed)
   */
  record Plan(
      List<Export.BatchScope> batches,
      Set<UUID> articleIds,
      boolean allArticles,
      boolean approvedOnly,
      Set<ExportFormat> formats,
      ExportLayout layout,
      int total) {}

  Plan plan(String owner, ExportRequest request) {
    List<InputError> errors = new ArrayList<>();
    Set<ExportFormat> formats = formats(request.formats(), errors);
    ExportLayout layout = layout(request.layout(), errors);
    boolean allArticles = allArticles(request.include(), errors);
    Map<UUID, BatchRef> batches = batches(owner, request.batchIds(), errors);
    Set<UUID> articleIds =
        request.filter() != null
            ? matching(request, batches, allArticles, errors)
            : articles(owner, request.articleIds(), batches, allArticles, errors);
    int total =
        articleIds != null
            ? articleIds.size()
            : batches.values().stream()
                .mapToInt(batch -> allArticles ? batch.articles() : batch.written())
                .sum();
    if (errors.isEmpty()
        && total > 0
        && request.onlyApproved()
        && articleIds == null
        && batches.values().stream().mapToInt(BatchRef::approved).sum() == 0) {
      errors.add(
          InputError.field(
              "approvedOnly", "no approved articles in scope; approve some, or export them all"));
    }
    if (errors.isEmpty() && total == 0 && request.filter() != null) {
      errors.add(
          InputError.field(
              "filter",
              allArticles
                  ? "no articles match the filter; there is nothing to export"
                  : "no finished articles match the filter; there is nothing to export"));
    }
    if (errors.isEmpty() && total == 0) {
      errors.add(
          InputError.field(
              articleIds != null ? "articleIds" : "batchIds",
              allArticles
                  ? "no articles in scope; there is nothing to export"
                  : "no finished articles in scope; there is nothing to export yet"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          "The export request has %d problem%s; nothing was started."
              .formatted(errors.size(), errors.size() == 1 ? "" : "s"),
          errors);
    }
    List<Export.BatchScope> scope =
        batches.values().stream().map(b -> new Export.BatchScope(b.id(), b.name())).toList();
    return new Plan(scope, articleIds, allArticles, request.onlyApproved(), formats, layout, total);
  }

  private static boolean allArticles(String value, List<InputError> errors) {
    if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("finished")) {
      return false;
    }
    if (value.strip().equalsIgnoreCase("all")) {
      return true;
    }
    errors.add(
        InputError.field("include", "'%s' is not a choice; use finished or all".formatted(value)));
    return false;
  }

  private static Set<ExportFormat> formats(List<String> values, List<InputError> errors) {
    Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
    if (values == null || values.isEmpty()) {
      errors.add(InputError.field("formats", "choose at least one of docx, md, txt, html"));
      return formats;
    }
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      var format = ExportFormat.parse(value);
      if (format.isPresent()) {
        formats.add(format.get());
      } else {
        errors.add(
            InputError.field(
                "formats[%d]".formatted(i),
                "'%s' is not a format; use docx, md, txt or html".formatted(value)));
      }
    }
    return formats;
  }

  private static ExportLayout layout(String value, List<InputError> errors) {
    if (value == null || value.isBlank()) {
      return ExportLayout.BY_FORMAT;
    }
    return ExportLayout.parse(value)
        .orElseGet(
            () -> {
              errors.add(
                  InputError.field(
                      "layout",
                      "'%s' is not a layout; use by-format or by-article".formatted(value)));
              return ExportLayout.BY_FORMAT;
            });
  }

  private Map<UUID, BatchRef> batches(String owner, List<String> values, List<InputError> errors) {
    if (values == null || values.isEmpty()) {
      errors.add(InputError.field("batchIds", "name at least one batch to export"));
      return Map.of();
    }
    Map<Integer, UUID> ids = ids("batchIds", values, errors);
    Map<UUID, BatchRef> found = written.batches(owner, new LinkedHashSet<>(ids.values()));
    Map<UUID, BatchRef> ordered = new LinkedHashMap<>();
    ids.forEach(
        (index, id) -> {
          BatchRef batch = found.get(id);
          if (batch == null) {
            errors.add(InputError.field("batchIds[%d]".formatted(index), "no batch " + id));
          } else {
            ordered.put(id, batch);
          }
        });
    return ordered;
  }

  /** The articles matching the request's filter, or null with the errors named. */
  private Set<UUID> matching(
      ExportRequest request,
      Map<UUID, BatchRef> batches,
      boolean allArticles,
      List<InputError> errors) {
    if (request.articleIds() != null) {
      errors.add(
          InputError.field(
              "filter", "send either articleIds (chosen articles) or filter (all matching)"));
      return null;
    }
    ExportFilter filter = request.filter();
    return written.matching(
        batches.keySet(), filter.status(), filter.review(), filter.search(), allArticles, errors);
  }

  private Set<UUID> articles(
      String owner,
      List<String> values,
      Map<UUID, BatchRef> batches,
      boolean allArticles,
      List<InputError> errors) {
    if (values == null) {
      return null;
    }
    Map<Integer, UUID> ids = ids("articleIds", values, errors);
    Map<UUID, ArticleRef> found = written.locate(owner, ids.values());
    Set<UUID> chosen = new LinkedHashSet<>();
    ids.forEach(
        (index, id) -> {
          String field = "articleIds[%d]".formatted(index);
          ArticleRef article = found.get(id);
          if (article == null) {
            errors.add(InputError.field(field, "no article " + id));
          } else if (!batches.containsKey(article.batchId())) {
            errors.add(
                InputError.field(
                    field, "belongs to batch " + article.batchId() + ", which is not in batchIds"));
          } else if (!allArticles && article.status() != ArticleState.SUCCEEDED) {
            errors.add(
                InputError.field(
                    field,
                    "is %s; only finished articles are exported unless include is all"
                        .formatted(article.status().name().toLowerCase())));
          } else {
            chosen.add(id);
          }
        });
    return chosen;
  }

  private static Map<Integer, UUID> ids(
      String field, List<String> values, List<InputError> errors) {
    Map<Integer, UUID> ids = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      try {
        ids.put(i, UUID.fromString(values.get(i).strip()));
      } catch (IllegalArgumentException | NullPointerException e) {
        errors.add(
            InputError.field(
                "%s[%d]".formatted(field, i), "'%s' is not an id".formatted(values.get(i))));
      }
    }
    return ids;
  }
}
