package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.BatchStatus;
import com.bulkwriter.batch.ReviewState;
import com.bulkwriter.batch.SettingValues;
import com.bulkwriter.quality.QualityCheck;
import com.bulkwriter.support.ConflictException;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a bulk action against the batch before anything changes, and resolves its selection to
 * article ids: every bad field is named at once (400), a regenerate of a cancelled batch is a
 * conflict (409) and one over the owner's limits is refused (429). Ticked articles must each be
 * ones the action applies to; of "all matching the filter", those it does not apply to are counted
 * as skipped. The filter can take the articles that fail a quality check ("Regenerate the articles
 * that fail", docs/quality.md).
 */
@Component
class BulkPlanner {

  /** The quality filter that takes articles failing any check. */
  private static final String ANY_CHECK = "ANY";

  private final BatchService batches;
  private final ArticleReviews reviews;
  private final JdbcClient jdbc;
  private final NamedQueries sql;

  BulkPlanner(BatchService batches, ArticleReviews reviews, JdbcClient jdbc, Database database) {
    this.batches = batches;
    this.reviews = reviews;
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("review", database);
  }

  /** A checked bulk action: the articles it acts on, and how many of the selection it skips. */
  record Plan(
      Batch batch,
      BulkAction.Kind kind,
      BulkAction.Parameters parameters,
      List<UUID> ids,
      int skipped) {}

  Plan plan(String scope, UUID batchId, BulkRequest request) {
    Batch batch = batches.batch(scope, batchId);
    List<InputError> errors = new ArrayList<>();
    BulkAction.Kind kind = parse(BulkAction.Kind.class, request.action(), "action", errors);
    String note = note(kind, request.note(), errors);
    RegenerateChanges changes = changes(kind, request.changes(), errors);
    List<UUID> ids = new ArrayList<>();
    int skipped = 0;
    boolean ticked = request.articleIds() != null;
    if (ticked == (request.filter() != null)) {
      errors.add(
          InputError.field(
              "articleIds",
              "send either articleIds (the ticked articles) or filter (all matching), not "
                  + (ticked ? "both" : "neither")));
    } else if (ticked) {
      ids = ticked(batchId, kind, request.articleIds(), errors);
    } else {
      var matching = matching(batchId, request.filter(), errors);
      for (Map.Entry<UUID, ArticleState> article : matching.entrySet()) {
        if (kind == null || kind.appliesTo(article.getValue())) {
          ids.add(article.getKey());
        } else {
          skipped++;
        }
      }
      if (errors.isEmpty() && ids.isEmpty()) {
        errors.add(
            InputError.field(
                "filter",
                "%d article%s match%s, none of them %s"
                    .formatted(
                        matching.size(),
                        matching.size() == 1 ? "" : "s",
                        matching.size() == 1 ? "es" : "",
                        applies(kind))));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          "The bulk action has %d problem%s; nothing was changed."
              .formatted(errors.size(), errors.size() == 1 ? "" : "s"),
          errors);
    }
    if (kind == BulkAction.Kind.REGENERATE) {
      if (batch.status() == BatchStatus.CANCELLED) {
        throw new ConflictException(
            "Batch " + batchId + " is cancelled; its articles cannot be regenerated");
      }
      batches.checkRequeue(
          batch,
          ids.size(),
          "Regenerating %d article%s".formatted(ids.size(), ids.size() == 1 ? "" : "s"));
    }
    return new Plan(batch, kind, new BulkAction.Parameters(note, changes), ids, skipped);
  }

  private List<UUID> ticked(
      UUID batchId, BulkAction.Kind kind, List<String> values, List<InputError> errors) {
    if (values.isEmpty()) {
      errors.add(InputError.field("articleIds", "tick at least one article"));
      return List.of();
    }
    Map<Integer, UUID> ids = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      try {
        ids.put(i, UUID.fromString(values.get(i).strip()));
      } catch (IllegalArgumentException | NullPointerException e) {
        errors.add(
            InputError.field(
                "articleIds[%d]".formatted(i), "'%s' is not an id".formatted(values.get(i))));
      }
    }
    Map<UUID, ArticleReviews.Selected> found =
        reviews.selected(batchId, ids.values()).stream()
            .collect(Collectors.toMap(ArticleReviews.Selected::id, Function.identity()));
    List<UUID> chosen = new ArrayList<>();
    ids.forEach(
        (index, id) -> {
          String field = "articleIds[%d]".formatted(index);
          ArticleReviews.Selected article = found.get(id);
          if (article == null) {
            errors.add(InputError.field(field, "no article " + id + " in this batch"));
          } else if (kind != null && !kind.appliesTo(article.status())) {
            errors.add(
                InputError.field(
                    field,
                    "is %s; only articles that are %s can be %s"
                        .formatted(
                            article.status().name().toLowerCase(Locale.ROOT),
                            kind.stateNames().stream()
                                .map(s -> s.toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(" or ")),
                            verb(kind))));
          } else if (!chosen.contains(id)) {
            chosen.add(id);
          }
        });
    return chosen;
  }

  private Map<UUID, ArticleState> matching(
      UUID batchId, BulkRequest.Filter filter, List<InputError> errors) {
    ArticleFilter chosen =
        ArticleFilter.parse(filter.status(), filter.review(), filter.search(), errors);
    String fails = fails(filter.fails(), errors);
    if (chosen == null || !errors.isEmpty()) {
      return Map.of();
    }
    Map<UUID, ArticleState> found = new LinkedHashMap<>();
    jdbc.sql(sql.get("matching-articles"))
        .param("batchId", batchId)
        .param("status", chosen.statusName())
        .param("review", chosen.reviewName())
        .param("search", chosen.searchPattern())
        .param("fails", fails)
        .query(
            (java.sql.ResultSet rs) -> {
              found.put(
                  rs.getObject("id", UUID.class), ArticleState.valueOf(rs.getString("status")));
            });
    return found;
  }

  /** A quality check's name, ANY (fails any check), or null (no quality filter). */
  private static String fails(String value, List<InputError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().equalsIgnoreCase(ANY_CHECK)) {
      return ANY_CHECK;
    }
    var check = QualityCheck.named(value);
    if (check.isEmpty()) {
      errors.add(
          InputError.field(
              "filter.fails",
              "'%s' is not %s or one of %s"
                  .formatted(value, ANY_CHECK, List.of(QualityCheck.values()))));
      return null;
    }
    return check.get().name();
  }

  private static String note(BulkAction.Kind kind, String note, List<InputError> errors) {
    if (kind != BulkAction.Kind.REJECT) {
      return null;
    }
    try {
      return ArticleReviews.checkNote(ReviewState.REJECTED, note, "action", "note");
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  private static RegenerateChanges changes(
      BulkAction.Kind kind, RegenerateChanges changes, List<InputError> errors) {
    if (changes == null) {
      return RegenerateChanges.NONE;
    }
    if (kind != BulkAction.Kind.REGENERATE) {
      errors.add(
          InputError.field("changes", "only a regenerate changes tone, length or instructions"));
      return RegenerateChanges.NONE;
    }
    String tone =
        changes.tone() == null || changes.tone().isBlank() ? null : changes.tone().strip();
    if (tone != null && !SettingValues.TONES.contains(tone.toLowerCase(Locale.ROOT))) {
      errors.add(
          InputError.field(
              "changes.tone", "'%s' is not one of %s".formatted(tone, SettingValues.TONES)));
    }
    Integer words = changes.wordCount();
    if (words != null && (words < SettingValues.MIN_WORDS || words > SettingValues.MAX_WORDS)) {
      errors.add(
          InputError.field(
              "changes.wordCount",
              "%d is out of range; use %d to %d words"
                  .formatted(words, SettingValues.MIN_WORDS, SettingValues.MAX_WORDS)));
    }
    String instructions =
        changes.instructions() == null || changes.instructions().isBlank()
            ? null
            : changes.instructions().strip();
    if (instructions != null && instructions.length() > SettingValues.MAX_INSTRUCTIONS_LENGTH) {
      errors.add(
          InputError.field(
              "changes.instructions",
              "at most %d characters".formatted(SettingValues.MAX_INSTRUCTIONS_LENGTH)));
    }
    return new RegenerateChanges(
        tone == null ? null : tone.toLowerCase(Locale.ROOT), words, instructions);
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, List<InputError> errors) {
    if ((value == null || value.isBlank()) && field.equals("action")) {
      errors.add(InputError.field(field, "use one of " + List.of(type.getEnumConstants())));
    }
    return ArticleFilter.choice(type, value, field, errors);
  }

  private static String applies(BulkAction.Kind kind) {
    return kind == null
        ? "can be changed"
        : "is "
            + kind.stateNames().stream()
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" or "))
            + ", so none can be "
            + verb(kind);
  }

  static String verb(BulkAction.Kind kind) {
    return switch (kind) {
      case APPROVE -> "approved";
      case REJECT -> "rejected";
      case REGENERATE -> "regenerated";
      case DELETE -> "deleted";
    };
  }
}
