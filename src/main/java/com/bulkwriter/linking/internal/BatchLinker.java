package com.bulkwriter.linking.internal;

import com.bulkwriter.batch.SettingsJson;
import com.bulkwriter.editing.ArticleHistory;
import com.bulkwriter.linking.LinkPlaceholders;
import com.bulkwriter.support.NotFoundException;
import com.bulkwriter.support.sql.LockConflicts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds internal links to a batch's written articles: indexes them (and, if asked, the owner's
 * earlier articles), plans each article's links, and stores every changed article as its next
 * version (reason LINKED) with its links, a chunk of articles per transaction. An article changed
 * since it was read (edited, being regenerated) is skipped, never overwritten.
 */
@Service
public class BatchLinker {

  private static final Logger log = LoggerFactory.getLogger(BatchLinker.class);

  /**
   * What a run did.
   *
   * @param articles written articles of the batch looked at
   * @param linked articles that got links (a new version each)
   * @param links links added
   * @param skipped articles that changed meanwhile and were left as they are
   * @param candidates articles links could point to (the batch's and earlier ones)
   * @param reading of {@code took}, reading and parsing the articles
   * @param storing of {@code took}, storing the new versions and links; the rest is indexing and
   *     planning
   */
  public record LinkRun(
      int articles,
      int linked,
      int links,
      int skipped,
      int candidates,
      Duration took,
      Duration reading,
      Duration storing) {}

  private final Links links;
  private final BatchLinkSettings settings;
  private final ArticleHistory history;
  private final SettingsJson json;
  private final LinkingProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;

  BatchLinker(
      Links links,
      BatchLinkSettings settings,
      ArticleHistory history,
      SettingsJson json,
      LinkingProperties properties,
      TransactionTemplate transactions,
      Clock clock) {
    this.links = links;
    this.settings = settings;
    this.history = history;
    this.json = json;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Links the batch now.
   *
   * @param owner the caller's scope ({@code null}: an admin, or the system)
   * @param chosen settings for this run, kept as the batch's; {@code null} for the batch's own
   * @param author who asked, {@code null} when the batch is linked automatically
   */
  public LinkRun link(
      @Nullable String owner,
      UUID batchId,
      @Nullable LinkSettings chosen,
      @Nullable String author) {
    Links.BatchRow batch =
        links
            .batch(owner, batchId)
            .orElseThrow(() -> new NotFoundException("No such batch: " + batchId));
    LinkSettings used = chosen != null ? chosen : settings.of(batchId).settings();
    long start = System.nanoTime();
    List<LinkDocument> sources = links.written(batchId);
    List<LinkDocument> all = new ArrayList<>(sources);
    if (used.includeEarlier()) {
      all.addAll(links.earlier(batch, used.siteId(), properties.maxEarlierArticles()));
    }
    Tally tally = new Tally();
    tally.read = System.nanoTime() - start;
    if (used.maxLinks() > 0 && all.size() > 1) {
      String language = json.settings(batch.settings()).language();
      try (TopicIndex index = TopicIndex.of(all, language)) {
        LinkPlanner planner = new LinkPlanner(index, all, properties.candidates());
        for (int from = 0; from < sources.size(); from += properties.chunk()) {
          List<LinkDocument> part =
              sources.subList(from, Math.min(sources.size(), from + properties.chunk()));
          planner.prefetch(part);
          List<LinkPlanner.Planned> chunk = new ArrayList<>();
          for (LinkDocument source : part) {
            planner.plan(source, used.maxLinks()).ifPresent(chunk::add);
          }
          store(chunk, author, tally);
        }
      }
    }
    settings.markLinked(batchId, used, clock.instant());
    LinkRun run =
        new LinkRun(
            sources.size(),
            tally.linked,
            tally.links,
            tally.skipped,
            all.size(),
            Duration.ofNanos(System.nanoTime() - start),
            Duration.ofNanos(tally.read),
            Duration.ofNanos(tally.stored));
    log.info(
        "Linked batch {}: {} links in {} of {} articles ({} skipped, {} candidates) in {} ms"
            + " (read and parsed {} ms, stored {} ms, the rest indexing and planning)",
        batchId,
        run.links(),
        run.linked(),
        run.articles(),
        run.skipped(),
        run.candidates(),
        run.took().toMillis(),
        tally.read / 1_000_000,
        tally.stored / 1_000_000);
    return run;
  }

  private void store(List<LinkPlanner.Planned> chunk, @Nullable String author, Tally tally) {
    if (chunk.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    // an edit or a check of one of these articles at the same moment may lock the other way: the
    // database undoes one side, and this chunk's transaction then runs again
    Tally stored =
        LockConflicts.retried(() -> transactions.execute(tx -> storeChunk(chunk, author)));
    tally.linked += stored.linked;
    tally.links += stored.links;
    tally.skipped += stored.skipped;
    tally.stored += System.nanoTime() - start;
  }

  /** Stores the chunk's links in the caller's transaction; answers what it stored. */
  private Tally storeChunk(List<LinkPlanner.Planned> chunk, @Nullable String author) {
    Tally stored = new Tally();
    Instant now = clock.instant();
    for (LinkPlanner.Planned planned : chunk) {
      LinkDocument source = planned.source();
      if (history.recordLinked(
          source.id(), source.batchId(), source.version(), planned.markdown(), author, now)) {
        links.replace(
            source.id(), source.batchId(), LinkPlaceholders.links(planned.markdown()), now);
        stored.linked++;
        stored.links += planned.anchors().size();
      } else {
        stored.skipped++;
      }
    }
    return stored;
  }

  private static final class Tally {
    int linked;
    int links;
    int skipped;
    long read;
    long stored;
  }
}
