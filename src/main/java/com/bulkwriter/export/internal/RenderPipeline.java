package com.bulkwriter.export.internal;

import com.bulkwriter.batch.WrittenArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Renders upcoming articles on other cores while the archive writes earlier ones, in their order.
 * At most {@code depth} rendered articles wait, so memory stays bounded whatever the export's size.
 */
final class RenderPipeline {

  private record Pending(Future<ArchiveWriter.Rendered> rendered, Runnable written) {}

  private final ExecutorService renderers;
  private final ArchiveWriter archive;
  private final int depth;
  private final Deque<Pending> pending = new ArrayDeque<>();

  RenderPipeline(ExecutorService renderers, ArchiveWriter archive, int depth) {
    this.renderers = renderers;
    this.archive = archive;
    this.depth = depth;
  }

  /** Queues {@code article}; {@code written} runs once it is in the archive. */
  void add(WrittenArticle article, Runnable written) {
    pending.add(new Pending(renderers.submit(() -> archive.render(article)), written));
    if (pending.size() >= depth) {
      writeOldest();
    }
  }

  /**
   * Queues {@code article} to be listed in the manifests without files, with {@code reason} as its
   * note (say, it is not approved), in its place among the others.
   */
  void leaveOut(WrittenArticle article, String reason, Runnable written) {
    String title = article.title() != null ? article.title() : article.keyword();
    pending.add(
        new Pending(
            CompletableFuture.completedFuture(
                new ArchiveWriter.Rendered(article, title, Map.of(), reason)),
            written));
    if (pending.size() >= depth) {
      writeOldest();
    }
  }

  /** Writes everything still waiting. */
  void drain() {
    while (!pending.isEmpty()) {
      writeOldest();
    }
  }

  private void writeOldest() {
    Pending oldest = pending.poll();
    try {
      archive.write(oldest.rendered().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancelAll();
      throw new IllegalStateException("Interrupted while exporting", e);
    } catch (ExecutionException e) {
      cancelAll();
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    } catch (IOException e) {
      cancelAll();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      cancelAll();
      throw e;
    }
    oldest.written().run();
  }

  private void cancelAll() {
    pending.forEach(p -> p.rendered().cancel(true));
    pending.clear();
  }
}
