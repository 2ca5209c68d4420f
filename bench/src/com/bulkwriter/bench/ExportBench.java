package com.bulkwriter.bench;

import com.bulkwriter.batch.internal.Batch;
import com.bulkwriter.batch.internal.BatchService;
import com.bulkwriter.export.internal.Export;
import com.bulkwriter.export.internal.ExportRequest;
import com.bulkwriter.export.internal.ExportService;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports N finished articles (seeded through the batch API with the offline engine at zero delay)
 * in all four formats on the embedded database, and prints the time against a limit.
 *
 * <p>Run with {@code bench/export-small} (50 articles, limit 1 s) and {@code bench/export-large}
 * (10,000 articles under a 256 MB heap, limit 30 s).
 */
public final class ExportBench {

  private static final String OWNER = WrittenBatches.OWNER;

  public static void main(String[] args) throws InterruptedException {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    double limitSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    try (var context = WrittenBatches.start(articles)) {
      BatchService batches = context.getBean(BatchService.class);
      ExportService exports = context.getBean(ExportService.class);
      long seedStart = System.nanoTime();
      List<String> keywords = new ArrayList<>();
      for (int i = 1; i <= articles; i++) {
        keywords.add("export bench keyword " + i);
      }
      Batch batch = WrittenBatches.seed(batches, "Export bench", keywords);
      System.out.printf(
          "export: %d articles seeded in %.1f s; heap max %d MB; formats docx, md, txt, html%n",
          articles,
          (System.nanoTime() - seedStart) / 1e9,
          Runtime.getRuntime().maxMemory() / (1024 * 1024));
      export(exports, batch, "warm-up");
      for (int run = 1; run <= runs; run++) {
        long start = System.nanoTime();
        Export done = export(exports, batch, "run " + run);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "  run %d: %s, %d articles, %.1f MB ZIP in %.2f s (%.0f articles/s) -> ratio to the"
                + " %.0f s limit: %.2f (%s)%n",
            run,
            done.status(),
            done.processed(),
            done.sizeBytes() / 1e6,
            seconds,
            articles / seconds,
            limitSeconds,
            seconds / limitSeconds,
            seconds <= limitSeconds ? "met" : "NOT met");
      }
    }
  }

  private static Export export(ExportService exports, Batch batch, String label)
      throws InterruptedException {
    Export export =
        exports.start(
            OWNER,
            OWNER,
            new ExportRequest(
                List.of(batch.id().toString()),
                null,
                List.of("docx", "md", "txt", "html"),
                null,
                null,
                null,
                null));
    while (true) {
      Export now = exports.export(OWNER, export.id());
      switch (now.status()) {
        case SUCCEEDED -> {
          return now;
        }
        case FAILED -> throw new IllegalStateException(label + " failed: " + now.error());
        default -> Thread.sleep(5);
      }
    }
  }
}
