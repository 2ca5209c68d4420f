package com.bulkwriter.editing.internal;

import com.bulkwriter.batch.ArticleChanged;
import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.generation.Words;
import com.bulkwriter.quality.ArticleQuality;
import com.bulkwriter.support.ConflictException;
import com.bulkwriter.support.NotFoundException;
import com.bulkwriter.support.sql.LockConflicts;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves edits and restores as new versions of an article, with optimistic locking: a change names
 * the version it started from and is refused (412) when the article has moved on since. A save is
 * one transaction (the article's new content, its version and its quality checks), announced after
 * it is stored as an {@link ArticleChanged} so that open pages follow it live.
 */
@Service
public class ArticleEditor {

  private final Versions versions;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ArticleQuality quality;

  ArticleEditor(
      Versions versions,
      TransactionTemplate transactions,
      ApplicationEventPublisher events,
      Clock clock,
      ArticleQuality quality) {
    this.versions = versions;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
    this.quality = quality;
  }

  /**
   * The article's current version number (its ETag), or {@code null} when it has no content that
   * can be edited (not finished with a result).
   */
  public @Nullable Integer currentVersion(@Nullable String owner, UUID articleId) {
    EditableArticle article = article(owner, articleId);
    return article.status() == ArticleState.SUCCEEDED && article.version() > 0
        ? article.version()
        : null;
  }

  /**
   * Stores {@code edit} as the article's next version.
   *
   * @param expected the version the editor started from; {@code null} for If-Match: * (whatever is
   *     current)
   * @param author who saves
   */
  public ArticleVersion save(
      @Nullable String owner,
      UUID articleId,
      boolean ifMatchSent,
      @Nullable Integer expected,
      ArticleEdit edit,
      String author) {
    article(owner, articleId); // someone else's article is a 404 before anything else is said
    if (!ifMatchSent) {
      throw new VersionRequiredException();
    }
    ArticleEdit valid = EditValidator.check(edit);
    return change(owner, articleId, expected, author, valid, VersionReason.EDITED, null);
  }

  /** Brings version {@code number} back as the article's next version. */
  public ArticleVersion restore(
      @Nullable String owner,
      UUID articleId,
      int number,
      boolean ifMatchSent,
      @Nullable Integer expected,
      String author) {
    article(owner, articleId);
    ArticleVersion restored = version(owner, articleId, number);
    if (!ifMatchSent) {
      throw new VersionRequiredException();
    }
    ArticleEdit edit =
        new ArticleEdit(
            restored.title(), restored.slug(), restored.metaDescription(), restored.markdown());
    return change(owner, articleId, expected, author, edit, VersionReason.RESTORED, number);
  }

  public List<VersionSummary> versions(@Nullable String owner, UUID articleId) {
    article(owner, articleId);
    return versions.list(articleId);
  }

  public ArticleVersion version(@Nullable String owner, UUID articleId, int number) {
    article(owner, articleId);
    return versions
        .find(articleId, number)
        .orElseThrow(
            () ->
                new NotFoundException("Article %s has no version %d".formatted(articleId, number)));
  }

  /**
   * What changed from version {@code from} to version {@code to}; without {@code to} the current
   * version, without {@code from} the one before {@code to}.
   */
  public VersionDiff diff(
      @Nullable String owner, UUID articleId, @Nullable Integer from, @Nullable Integer to) {
    EditableArticle article = article(owner, articleId);
    int newer = to != null ? to : Math.max(1, article.version());
    int older = from != null ? from : Math.max(1, newer - 1);
    return VersionDiff.between(version(owner, articleId, older), version(owner, articleId, newer));
  }

  private ArticleVersion change(
      @Nullable String owner,
      UUID articleId,
      @Nullable Integer expected,
      String author,
      ArticleEdit edit,
      VersionReason reason,
      @Nullable Integer restoredFrom) {
    // the quality runner may be checking the article right now, holding its pending row
    ArticleVersion saved =
        LockConflicts.retried(
            () ->
                transactions.execute(
                    tx -> {
                      versions.lock(articleId);
                      EditableArticle article = article(owner, articleId);
                      requireFinished(article);
                      int startedFrom = expected != null ? expected : article.version();
                      if (startedFrom != article.version()) {
                        throw stale(startedFrom, article);
                      }
                      ArticleVersion current =
                          versions.find(articleId, article.version()).orElse(null);
                      if (current != null
                          && reason == VersionReason.EDITED
                          && current.sameContentAs(edit)) {
                        return current; // nothing changed: no new version
                      }
                      ArticleVersion version =
                          new ArticleVersion(
                              articleId,
                              startedFrom + 1,
                              reason,
                              author,
                              restoredFrom,
                              edit.title(),
                              edit.slug(),
                              edit.metaDescription(),
                              edit.markdown(),
                              Words.count(edit.markdown()),
                              clock.instant());
                      if (!versions.save(articleId, startedFrom, version)) {
                        // held by the lock, so only a move out of SUCCEEDED gets here: say how it
                        // is now
                        EditableArticle fresh = article(owner, articleId);
                        requireFinished(fresh);
                        throw stale(startedFrom, fresh);
                      }
                      quality.assess(articleId);
                      events.publishEvent(
                          new ArticleChanged(
                              article.batchId(),
                              articleId,
                              ArticleState.SUCCEEDED,
                              article.attempts(),
                              null,
                              version.title(),
                              version.wordCount()));
                      return version;
                    }));
    return saved;
  }

  private StaleVersionException stale(int expected, EditableArticle article) {
    ArticleVersion current =
        versions
            .find(article.id(), article.version())
            .orElseThrow(() -> new IllegalStateException("No version " + article.version()));
    return new StaleVersionException(expected, current);
  }

  private static void requireFinished(EditableArticle article) {
    if (article.status() != ArticleState.SUCCEEDED) {
      String state =
          article.status() == ArticleState.QUEUED || article.status() == ArticleState.RUNNING
              ? "is being written (or regenerated)"
              : "is " + article.status().name().toLowerCase() + " and has no text";
      throw new ConflictException(
          "Article %s %s; only a finished article can be edited".formatted(article.id(), state));
    }
  }

  private EditableArticle article(@Nullable String owner, UUID articleId) {
    return versions
        .article(owner, articleId)
        .orElseThrow(() -> new NotFoundException("No such article: " + articleId));
  }
}
