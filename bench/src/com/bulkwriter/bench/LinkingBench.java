package com.bulkwriter.bench;

import com.bulkwriter.batch.internal.Batch;
import com.bulkwriter.batch.internal.BatchService;
import com.bulkwriter.linking.internal.BatchLinker;
import com.bulkwriter.linking.internal.LinkGraphs;
import java.util.ArrayList;
import java.util.List;

/**
 * Links N finished articles (seeded through the batch API with the offline engine at zero delay)
 * on the embedded database with the default settings (3 links per article at most), after a
 * warm-up on a small batch, and prints the time against a limit.
 *
 * <p>Keywords combine 40 topics with 25 modifiers and 10 endings ("lightweight hiking boots for
 * kids"), and each topic also has its plain keyword ("hiking boots"): articles share words the way
 * a real batch about a few subjects does, and the plain ones are natural hubs.
 */
public final class LinkingBench {

  private static final String OWNER = WrittenBatches.OWNER;

  private static final List<String> TOPICS =
      List.of(
          "hiking boots", "trail running shoes", "camping tents", "sleeping bags", "trekking poles",
          "rain jackets", "backpacks", "water filters", "camping stoves", "headlamps",
          "espresso machines", "coffee grinders", "french presses", "milk frothers", "tea kettles",
          "standing desks", "office chairs", "mechanical keyboards", "computer monitors", "webcams",
          "road bikes", "bike helmets", "bike locks", "cycling shorts", "bike lights",
          "yoga mats", "resistance bands", "dumbbells", "jump ropes", "foam rollers",
          "houseplants", "garden hoses", "pruning shears", "raised garden beds", "compost bins",
          "dog beds", "cat trees", "dog leashes", "aquarium filters", "bird feeders");

  private static final List<String> MODIFIERS =
      List.of(
          "best", "cheap", "lightweight", "durable", "budget", "premium", "compact", "waterproof",
          "eco friendly", "quiet", "portable", "affordable", "professional", "beginner", "vintage",
          "modern", "small", "large", "foldable", "adjustable", "wireless", "handmade",
          "refurbished", "luxury", "simple");

  private static final List<String> ENDINGS =
      List.of(
          "for beginners", "for kids", "for women", "for men", "in winter", "for travel",
          "under 100 dollars", "for small spaces", "reviewed", "compared");

  public static void main(String[] args) throws InterruptedException {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    double limitSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 60;
    try (var context = WrittenBatches.start(articles)) {
      BatchService batches = context.getBean(BatchService.class);
      BatchLinker linker = context.getBean(BatchLinker.class);
      LinkGraphs graphs = context.getBean(LinkGraphs.class);
      Batch warmUp = WrittenBatches.seed(batches, "Linking warm-up", keywords(500));
      linker.link(OWNER, warmUp.id(), null, OWNER);
      long seedStart = System.nanoTime();
      Batch batch = WrittenBatches.seed(batches, "Linking bench", keywords(articles));
      System.out.printf(
          "internal links: %d articles seeded in %.1f s; heap max %d MB%n",
          articles,
          (System.nanoTime() - seedStart) / 1e9,
          Runtime.getRuntime().maxMemory() / (1024 * 1024));
      long start = System.nanoTime();
      BatchLinker.LinkRun run = linker.link(OWNER, batch.id(), null, OWNER);
      double seconds = (System.nanoTime() - start) / 1e9;
      int orphans = graphs.graph(OWNER, batch.id()).orphans();
      System.out.printf(
          "  %d articles: %d links in %d articles (%d skipped), %d orphans, in %.2f s (%.0f"
              + " articles/s; read and parse %.1f s, index and plan %.1f s, store %.1f s)"
              + " -> ratio to the %.0f s limit: %.2f (%s)%n",
          run.articles(),
          run.links(),
          run.linked(),
          run.skipped(),
          orphans,
          seconds,
          run.articles() / seconds,
          run.reading().toMillis() / 1e3,
          (run.took().toMillis() - run.reading().toMillis() - run.storing().toMillis()) / 1e3,
          run.storing().toMillis() / 1e3,
          limitSeconds,
          seconds / limitSeconds,
          seconds <= limitSeconds ? "met" : "NOT met");
    }
  }

  /** {@code n} keywords: each topic's plain keyword first, then its combinations. */
  static List<String> keywords(int n) {
    List<String> keywords = new ArrayList<>(n);
    for (int i = 0; keywords.size() < n; i++) {
      String topic = TOPICS.get(i % TOPICS.size());
      int combination = i / TOPICS.size();
      if (combination == 0) {
        keywords.add(topic);
        continue;
      }
      String modifier = MODIFIERS.get(combination % MODIFIERS.size());
      String ending = ENDINGS.get((combination / MODIFIERS.size()) % ENDINGS.size());
      keywords.add(modifier + " " + topic + " " + ending);
    }
    return keywords;
  }
}
