package com.bulkwriter.export.internal;

import com.bulkwriter.batch.WrittenArticles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Builds exports in the background, at most {@code concurrency} at once per node. A waiting export
 * keeps its heartbeat fresh; a running one records progress, which is its heartbeat too, and stops
 * when it finds that it was deleted.
 */
@Component
class ExportRunner implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

  private final Exports exports;
  private final ArchiveStore store;
  private final WrittenArticles written;
  private final ExportProperties properties;
  private final Clock clock;
  private final Semaphore slots;
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
      ExportProperties properties,
      Clock clock) {
    this.exports = exports;
    this.store = store;
    this.written = written;
    this.properties = properties;
    this.clock = clock;
    this.slots = new Semaphore(properties.concurrency(), true);
  }

  void submit(Export export) {
    threads.submit(() -> runWhenFree(export.id()));
  }

  private void runWhenFree(UUID id) {
    long wait = Math.max(1, properties.staleAfter().toMillis() / 3);
    try {
      while (!slots.tryAcquire(wait, TimeUnit.MILLISECONDS)) {
        if (!exports.touch(id, clock.instant())) {
          return; // deleted while waiting
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      run(id);
    } finally {
      slots.release();
    }
  }

  /**
   * Builds one export; every failure ends as FAILED with its reason, and no archive left. Reads are
   * not scoped by owner: the request was checked against the caller's rights when the export was
   * started (an admin may export anyone's batch).
   */
  void run(UUID id) {
    if (!exports.start(id, clock.instant())) {
      return;
    }
    Export export = exports.find(null, id).orElse(null);
    if (export == null) {
      return;
    }
    try {
      Progress progress = new Progress(id);
      var out = store.create(id, export.chunkSize());
      try (ArchiveWriter archive =
          new ArchiveWriter(
              out,
              id.toString(),
              EnumSet.copyOf(export.formats()),
              export.layout(),
              properties.compressionLevel())) {
        Set<UUID> chosen = exports.articleIds(id);
        RenderPipeline pipeline = new RenderPipeline(renderers, archive, 4 * renderThreads);
        for (Export.BatchScope batch : export.batches()) {
          archive.startBatch(batch.name());
          written.forEachWritten(
              null,
              batch.id(),
              article -> {
                if (chosen == null || chosen.contains(article.id())) {
                  pipeline.add(article, progress::advance);
                }
              });
          pipeline.drain();
        }
        archive.finish();
      }
      if (!exports.succeed(id, progress.done, out.size(), out.sha256(), clock.instant())) {
        store.delete(id);
      }
    } catch (RuntimeException | IOException e) {
      log.warn("Export {} failed", id, e);
      store.delete(id);
      exports.fail(id, e instanceof Deleted ? "deleted" : reason(e), clock.instant());
    }
  }

  private static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  /** Counts written articles and records progress at most once per progress interval. */
  private final class Progress {
    private final UUID id;
    private int done;
    private Instant next;

    Progress(UUID id) {
      this.id = id;
      this.next = clock.instant().plus(properties.progressInterval());
    }

    void advance() {
      done++;
      Instant now = clock.instant();
      if (!now.isBefore(next)) {
        next = now.plus(properties.progressInterval());
        if (!exports.progress(id, done, now)) {
          throw new Deleted();
        }
      }
    }
  }

  /** The export was deleted (or failed by the cleaner) while it was being built. */
  private static final class Deleted extends RuntimeException {
    Deleted() {
      super("The export was deleted while it was being built", null, false, false);
    }
  }

  @Override
  public void destroy() {
    threads.shutdownNow();
    renderers.shutdownNow();
  }
}
