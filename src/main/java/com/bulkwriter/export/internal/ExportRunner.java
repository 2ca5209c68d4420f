package com.bulkwriter.export.internal;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.WrittenArticle;
import com.bulkwriter.batch.WrittenArticles;
import com.bulkwriter.export.ExportChanged;
import com.bulkwriter.linking.InternalLinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Builds exports in the background, at most {@code concurrency} at once per node and {@code
 * max-running-per-user} per user, taking turns between users ({@link ExportQueue}). Waiting exports
 * have their heartbeat kept fresh; a running one records progress, which is its heartbeat too, and
 * stops when it finds that it was deleted.
 */
@Component
class ExportRunner implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

  /** With all articles: after the written ones, those without a result, in this order. */
  private static final List<ArticleState> WITHOUT_RESULT =
      List.of(
          ArticleState.FAILED, ArticleState.CANCELLED, ArticleState.RUNNING, ArticleState.QUEUED);

  private final Exports exports;
  private final ArchiveStore store;
  private final WrittenArticles written;
  private final InternalLinks links;
  private final ExportProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ExportQueue queue;
  private final ScheduledExecutorService heartbeats =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("export-heartbeat").daemon().factory());
  private final ExecutorService threads =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("export-", 0).factory());

  /** Renders articles in parallel (CPU-bound work, so platform threads, one per core). */
  private final int renderThreads = Runtime.getRuntime().availableProcessors();

  private final ExecutorService renderers =
      Executors.newFixedThreadPool(
          renderThreads, Thread.ofPlatform().name("export-render-", 0).daemon().factory());

  ExportRunner(
      Exports exports,
      ArchiveStore store,
      WrittenArticles written,
      InternalLinks links,
      ExportProperties properties,
      ApplicationEventPublisher events,
      Clock clock) {
    this.exports = exports;
    this.store = store;
    this.written = written;
    this.links = links;
    this.properties = properties;
    this.events = events;
    this.clock = clock;
    this.queue = new ExportQueue(properties.concurrency(), properties.maxRunningPerUser());
    long beat = Math.max(1, properties.staleAfter().toMillis() / 3);
    heartbeats.scheduleWithFixedDelay(this::touchWaiting, beat, beat, TimeUnit.MILLISECONDS);
  }

  /** Puts the export in its owner's line; it starts when a slot is free and it is its turn. */
  void submit(Export export) {
    queue.add(export.owner(), export.id());
    dispatch();
  }

  /** Starts whatever may start now. */
  private void dispatch() {
    for (ExportQueue.Job job = queue.next(); job != null; job = queue.next()) {
      ExportQueue.Job started = job;
      try {
        threads.submit(
            () -> {
              try {
                run(started.id());
              } finally {
                queue.finished(started.owner());
                dispatch();
              }
            });
      } catch (RejectedExecutionException stopping) {
        queue.finished(started.owner()); // the node is stopping; the cleaner fails the export
        return;
      }
    }
  }

  /** Waiting exports keep their heartbeat fresh, so the cleaner does not take them for stale. */
  private void touchWaiting() {
    for (UUID id : queue.waiting()) {
      try {
        if (!exports.touch(id, clock.instant())) {
          queue.remove(id); // deleted while waiting
        }
      } catch (RuntimeException e) {
        log.warn("Could not touch waiting export {}", id, e);
      }
    }
  }

  /**
   * Builds one export; every failure ends as FAILED with its reason, and no archive left. Reads are
   * not scoped by owner: the request was checked against the caller's rights when the export was
   * started (an admin may export anyone's batch). Announces its start, its progress (at most once
   * per {@code event-interval}) and its end.
   */
  void run(UUID id) {
    if (!exports.start(id, clock.instant())) {
      return;
    }
    Export export = exports.find(null, id).orElse(null);
    if (export == null) {
      return;
    }
    Progress progress = new Progress(export);
    announce(export.changed(ExportStatus.RUNNING, 0, null, null, clock.instant()));
    try {
      var out = store.create(id, export.chunkSize());
      progress.limitSize(out::size, room(export.owner()));
      try (ArchiveWriter archive =
          new ArchiveWriter(
              out,
              id.toString(),
              EnumSet.copyOf(export.formats()),
              export.layout(),
              properties.compressionLevel())) {
        Set<UUID> chosen = exports.articleIds(id);
        boolean approvedOnly = exports.approvedOnly(id);
        RenderPipeline pipeline = new RenderPipeline(renderers, archive, 4 * renderThreads);
        for (Export.BatchScope batch : export.batches()) {
          archive.startBatch(batch.name());
          // with all articles, an article that changes state while it is read is listed once
          Set<UUID> seen = export.allArticles() ? new HashSet<>() : null;
          Predicate<WrittenArticle> inScope =
              article ->
                  (chosen == null || chosen.contains(article.id()))
                      && (seen == null || seen.add(article.id()));
          written.forEachWritten(
              null,
              batch.id(),
              article -> {
                if (!inScope.test(article)) {
                  return;
                }
                String leftOut = approvedOnly ? article.notApprovedReason() : null;
                if (leftOut == null) {
                  // internal links point where the exported articles will live
                  pipeline.add(
                      links.forExport(article, properties.linkPattern()), progress::advance);
                } else {
                  pipeline.leaveOut(article, leftOut, progress::advance);
                }
              });
          pipeline.drain();
          if (export.allArticles()) {
            for (ArticleState state : WITHOUT_RESULT) {
              written.forEachIn(
                  state,
                  null,
                  batch.id(),
                  article -> {
                    if (inScope.test(article)) {
                      archive.list(article);
                      progress.advance();
                    }
                  });
            }
          }
        }
        archive.finish();
      }
      Instant now = clock.instant();
      if (exports.succeed(id, progress.done, out.size(), out.sha256(), now)) {
        announce(export.changed(ExportStatus.SUCCEEDED, progress.done, out.size(), null, now));
      } else {
        store.delete(id);
      }
    } catch (RuntimeException | IOException e) {
      String reason =
          switch (e) {
            case Deleted deleted -> "deleted";
            case OverStorageLimit over -> over.getMessage();
            default -> reason(e);
          };
      log.warn("Export {} failed: {}", id, reason, e);
      store.delete(id);
      Instant now = clock.instant();
      if (exports.fail(id, reason, now)) {
        announce(export.changed(ExportStatus.FAILED, progress.done, null, reason, now));
      }
    }
  }

  /** Bytes {@code owner} may still store: the limit less their finished archives. */
  private long room(String owner) {
    return properties.maxStoredPerUser().toBytes() - exports.usage(owner).storedBytes();
  }

  /** Tells whoever listens; a listener's failure never fails the export. */
  private void announce(ExportChanged changed) {
    try {
      events.publishEvent(changed);
    } catch (RuntimeException e) {
      log.warn("Could not announce a change of export {}", changed.exportId(), e);
    }
  }

  /**
   * What a user reads: no class names or messages from inside; the error id finds the details in
   * the log line that carries it.
   */
  private static String reason(Exception e) {
    String errorId = UUID.randomUUID().toString().substring(0, 8);
    boolean storage = e instanceof IOException || e instanceof UncheckedIOException;
    return (storage
            ? "the archive could not be stored (error id %s)"
            : "an unexpected error (error id %s)")
        .formatted(errorId);
  }

  /**
   * Counts written articles; records progress at most once per progress interval and announces it
   * at most once per event interval.
   */
  private final class Progress {
    private final Export export;
    private int done;
    private Instant nextRecord;
    private Instant nextEvent;

    Progress(Export export) {
      this.export = export;
      Instant now = clock.instant();
      this.nextRecord = now.plus(properties.progressInterval());
      this.nextEvent = now.plus(properties.eventInterval());
    }

    private LongSupplier size = () -> 0;
    private long room = Long.MAX_VALUE;

    /** Fails the export once the archive's {@code size} passes {@code room}. */
    void limitSize(LongSupplier size, long room) {
      this.size = size;
      this.room = room;
    }

    void advance() {
      done++;
      if (size.getAsLong() > room) {
        throw new OverStorageLimit(properties.maxStoredPerUser().toBytes());
      }
      Instant now = clock.instant();
      if (!now.isBefore(nextRecord)) {
        nextRecord = now.plus(properties.progressInterval());
        if (!exports.progress(export.id(), done, now)) {
          throw new Deleted();
        }
      }
      if (!now.isBefore(nextEvent)) {
        nextEvent = now.plus(properties.eventInterval());
        announce(export.changed(ExportStatus.RUNNING, done, null, null, now));
      }
    }
  }

  /** The export was deleted (or failed by the cleaner) while it was being built. */
  private static final class Deleted extends RuntimeException {
    Deleted() {
      super("The export was deleted while it was being built", null, false, false);
    }
  }

  /** The archive grew past what its owner may store. */
  private static final class OverStorageLimit extends RuntimeException {
    OverStorageLimit(long limit) {
      super(
          "it would take your finished exports over the limit of %d MB".formatted(limit / 1_000_000)
              + " (bulkwriter.export.max-stored-per-user); delete some exports, or export less",
          null,
          false,
          false);
    }
  }

  @Override
  public void destroy() {
    heartbeats.shutdownNow();
    threads.shutdownNow();
    renderers.shutdownNow();
  }
}
