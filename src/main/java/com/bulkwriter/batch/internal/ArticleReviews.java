package com.bulkwriter.batch.internal;

import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.batch.ArticleOverrides;
import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.ArticleTransition;
import com.bulkwriter.batch.ArticlesRegenerating;
import com.bulkwriter.batch.ReviewState;
import com.bulkwriter.batch.SettingsJson;
import com.bulkwriter.support.ConflictException;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import com.bulkwriter.support.NotFoundException;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reviewing finished articles: approve, reject with a note, or back to unreviewed; and, when a
 * rejected article is written again, its note carried into the instructions the provider reads.
 */
@Service
public class ArticleReviews {

  /** Longest reviewer's note. */
  public static final int MAX_NOTE_LENGTH = 2_000;

  /** Opens the reviewer's note in a regenerated article's instructions (replaced, not repeated). */
  static final String NOTE_MARKER = "A reviewer rejected the previous version of this article: ";

  /** Ids bound per {@code IN (...)} list, well below every database's parameter limit. */
  private static final int IDS_PER_QUERY = 1_000;

  private final Articles articles;
  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final SettingsJson json;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ArticleReviews(
      Articles articles,
      JdbcClient jdbc,
      Database database,
      SettingsJson json,
      Clock clock,
      ApplicationEventPublisher events) {
    this.articles = articles;
    this.events = events;
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("review", database);
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records {@code reviewer}'s decision on one article of {@code scope}'s: 400 naming the field for
   * a missing state or a rejection without a note, 409 when the article has no result to review.
   */
  public Article review(
      String scope, String reviewer, UUID articleId, ReviewState state, String note) {
    String checkedNote = checkNote(state, note, "state", "note");
    Article article =
        articles
            .find(scope, articleId)
            .orElseThrow(() -> new NotFoundException("No article " + articleId));
    if (article.status() != ArticleState.SUCCEEDED
        || mark(article.batchId(), List.of(articleId), state, checkedNote, reviewer) != 1) {
      throw new ConflictException(
          "Article %s is %s; only a succeeded article can be reviewed"
              .formatted(articleId, article.status().name().toLowerCase()));
    }
    return articles.find(scope, articleId).orElseThrow();
  }

  /**
   * The note to store for {@code state}, or 400 naming {@code stateField} / {@code noteField}: a
   * rejection needs a note of at most {@link #MAX_NOTE_LENGTH} characters; others keep none.
   */
  static String checkNote(ReviewState state, String note, String stateField, String noteField) {
    if (state == null) {
      throw new InvalidInputException(
          "Say how the article is reviewed.",
          List.of(InputError.field(stateField, "use APPROVED, REJECTED or UNREVIEWED")));
    }
    if (state != ReviewState.REJECTED) {
      return null;
    }
    if (note == null || note.isBlank()) {
      throw new InvalidInputException(
          "A rejection needs a note.",
          List.of(InputError.field(noteField, "say what is wrong, so it can be written better")));
    }
    if (note.strip().length() > MAX_NOTE_LENGTH) {
      throw new InvalidInputException(
          "The note is too long.",
          List.of(InputError.field(noteField, "at most %d characters".formatted(MAX_NOTE_LENGTH))));
    }
    return note.strip();
  }

  /**
   * Sets the review of the batch's succeeded articles among {@code ids}, in the caller's
   * transaction; others are left alone. Returns how many changed.
   */
  int mark(UUID batchId, Collection<UUID> ids, ReviewState state, String note, String reviewer) {
    Instant now = clock.instant();
    boolean unreviewed = state == ReviewState.UNREVIEWED;
    int changed = 0;
    for (List<UUID> part : parts(ids)) {
      changed +=
          jdbc.sql(sql.get("review-articles"))
              .param("state", state.name())
              .param("note", state == ReviewState.REJECTED ? note : null)
              .param("by", unreviewed ? null : reviewer)
              .param("now", unreviewed ? null : time(now))
              .param("batchId", batchId)
              .param("ids", part)
              .update();
    }
    return changed;
  }

  /**
   * Puts the batch's finished articles among {@code ids} back in the queue, in the caller's
   * transaction: each one's overrides take {@code changes}, and a rejected one's instructions get
   * the reviewer's note; result and review are cleared. Returns how many went back.
   */
  int requeue(Batch batch, Collection<UUID> ids, RegenerateChanges changes, Instant now) {
    ArticleTransition regenerate = ArticleTransition.REGENERATE;
    RegenerateChanges change = changes == null ? RegenerateChanges.NONE : changes;
    int moved = 0;
    for (List<UUID> part : parts(ids)) {
      for (Selected article : selected(batch.id(), part)) {
        if (!regenerate.from().contains(article.status())) {
          continue;
        }
        ArticleOverrides stored = json.overrides(article.overrides());
        ArticleOverrides next =
            stored.with(change.tone(), change.wordCount(), change.instructions());
        if (article.review() == ReviewState.REJECTED && article.note() != null) {
          String instructions =
              next.instructions() != null ? next.instructions() : batch.settings().instructions();
          next = next.with(null, null, withNote(instructions, article.note()));
        }
        if (!next.equals(stored)) {
          jdbc.sql(sql.get("set-article-overrides"))
              .param("overrides", json.write(next))
              .param("id", article.id())
              .param("from", regenerate.fromNames())
              .update();
        }
      }
      // their text is kept as a version (editing) before it is cleared here
      events.publishEvent(new ArticlesRegenerating(batch.id(), part));
      moved +=
          jdbc.sql(sql.get("regenerate-articles"))
              .param("to", regenerate.toName())
              .param("now", time(now))
              .param("batchId", batch.id())
              .param("ids", part)
              .param("from", regenerate.fromNames())
              .update();
    }
    return moved;
  }

  /** {@code instructions} with the reviewer's note at the end, in place of an earlier note. */
  static String withNote(String instructions, String note) {
    String kept = instructions == null ? "" : instructions;
    int earlier = kept.indexOf(NOTE_MARKER);
    if (earlier >= 0) {
      kept = kept.substring(0, earlier);
    }
    kept = kept.strip();
    String added = NOTE_MARKER + note.strip();
    return kept.isEmpty() ? added : kept + "\n\n" + added;
  }

  /** An article of a selection as checked before a bulk action. */
  record Selected(
      UUID id, ArticleState status, ReviewState review, String note, String overrides) {}

  List<Selected> selected(UUID batchId, Collection<UUID> ids) {
    List<Selected> found = new ArrayList<>();
    for (List<UUID> part : parts(ids)) {
      found.addAll(
          jdbc.sql(sql.get("selected-articles"))
              .param("batchId", batchId)
              .param("ids", part)
              .query(
                  (rs, n) ->
                      new Selected(
                          rs.getObject("id", UUID.class),
                          ArticleState.valueOf(rs.getString("status")),
                          ReviewState.valueOf(rs.getString("review_state")),
                          rs.getString("review_note"),
                          rs.getString("overrides")))
              .list());
    }
    return found;
  }

  static List<List<UUID>> parts(Collection<UUID> ids) {
    List<UUID> all = List.copyOf(ids);
    List<List<UUID>> parts = new ArrayList<>();
    for (int i = 0; i < all.size(); i += IDS_PER_QUERY) {
      parts.add(all.subList(i, Math.min(all.size(), i + IDS_PER_QUERY)));
    }
    return parts;
  }
}
