package com.bulkwriter.bench;

import com.bulkwriter.keywords.Keyword;
import com.bulkwriter.keywords.KeywordCheck;
import com.bulkwriter.keywords.KeywordGroups;
import com.bulkwriter.keywords.internal.KeywordHistory;
import com.bulkwriter.keywords.internal.KeywordNormalizer;
import com.bulkwriter.keywords.internal.KeywordSets;
import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.TestApplication;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Times the keyword cannibalisation check of a 10,000-keyword batch: through the real HTTP estimate
 * (validation, the estimate, normalising with Lucene, grouping, and the lookup of the owner's
 * earlier batches' keys), and the check alone. The owner has earlier batches seeded through the
 * API with the queue switched off (nothing is written); another user has as many, so the lookup
 * must find one owner's keys among others'. Run with {@code bench/keyword-groups}.
 */
public final class KeywordGroupsBench {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final String[] MODIFIERS = {
    "best", "cheap", "lightweight", "waterproof", "vegan", "quick", "easy", "budget", "premium",
    "durable", "compact", "organic", "beginner", "advanced", "portable", "affordable", "classic",
    "modern", "electric", "wireless", "handmade", "healthy", "simple", "smart", "eco", "rustic",
    "minimal", "luxury", "kids", "senior"
  };
  private static final String[] TOPICS = {
    "hiking", "coffee", "garden", "running", "camping", "baking", "yoga", "cycling", "fishing",
    "travel", "kitchen", "office", "winter", "summer", "pet", "home", "photography", "climbing",
    "skiing", "surfing", "gaming", "reading", "painting", "knitting", "cooking", "sleep", "desk",
    "balcony", "wedding", "birthday", "picnic", "trail", "beach", "city", "mountain"
  };
  private static final String[] THINGS = {
    "boots", "tips", "guide", "ideas", "recipes", "gear", "plans", "mistakes", "tools",
    "checklist", "routine", "shoes", "books", "apps", "tricks", "basics", "trends", "reviews",
    "deals", "jackets", "bags", "lights", "chairs", "tables", "gifts"
  };
  private static final String[] AUDIENCES = {
    "", "", "", " for women", " for men", " for beginners", " for kids", " in 2026", " at home",
    " on a budget"
  };

  public static void main(String[] args) throws Exception {
    int keywords = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int earlierBatches = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    double limitSeconds = args.length > 3 ? Double.parseDouble(args[3]) : 2.0;
    DatabaseUnderTest database =
        args.length > 4
            ? DatabaseUnderTest.valueOf(args[4].toUpperCase(Locale.ROOT))
            : DatabaseUnderTest.POSTGRESQL;
    var context =
        TestApplication.start(
            database.properties(),
            Map.of(
                "bulkwriter.queue.enabled", "false",
                "bulkwriter.batch.max-items", String.valueOf(Math.max(keywords, 10_000)),
                "bulkwriter.security.max-queued-articles", "10000000",
                "bulkwriter.security.max-articles-per-day", "10000000",
                "logging.level.root", "WARN"));
    try (context) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      Api admin = new Api(port);
      Api alice = admin.newUser("alice");
      long seedStart = System.nanoTime();
      for (int b = 0; b < earlierBatches; b++) {
        submit(alice, "Earlier " + b, generate(keywords / 2, 1_000 + b));
        submit(admin, "Someone else's " + b, generate(keywords / 2, 1_000 + b));
      }
      if (database == DatabaseUnderTest.POSTGRESQL) {
        // as autovacuum would after such an insert: the planner then knows the owner index pays
        JdbcClient.create(context.getBean(DataSource.class))
            .sql("ANALYZE keyword_keys, batches")
            .update();
      }
      System.out.printf(
          "keyword-groups: %d earlier batches of %,d keywords for the user and as many for another"
              + " user seeded on %s in %.1f s; load average %s%n",
          earlierBatches,
          keywords / 2,
          database,
          (System.nanoTime() - seedStart) / 1e9,
          loadAverage());

      List<String> batch = generate(keywords, 7);
      String body = body("New", batch);
      KeywordCheck check = context.getBean(KeywordCheck.class);
      KeywordNormalizer normalizer = context.getBean(KeywordNormalizer.class);
      KeywordHistory history = context.getBean(KeywordHistory.class);
      List<Keyword> input = new ArrayList<>();
      for (int i = 0; i < batch.size(); i++) {
        input.add(new Keyword(i + 1, batch.get(i), "en"));
      }
      estimate(alice, body); // warm-up
      check.check("alice", input);
      int met = 0;
      for (int run = 1; run <= runs; run++) {
        long start = System.nanoTime();
        JsonNode groups = estimate(alice, body).get("keywordGroups");
        double http = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        KeywordGroups alone = check.check("alice", input);
        double checkOnly = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        KeywordSets sets = KeywordSets.of(normalizer, input, 0.75);
        double grouping = (System.nanoTime() - start) / 1e9;
        double groupingCpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        start = System.nanoTime();
        history.find("alice", sets.keys(), 5);
        double lookup = (System.nanoTime() - start) / 1e9;
        int rows = 0;
        int withEarlier = 0;
        for (JsonNode group : groups.get("groups")) {
          rows += group.get("rows").size();
          withEarlier += group.get("earlier").isEmpty() ? 0 : 1;
        }
        boolean ok = http <= limitSeconds;
        met += ok ? 1 : 0;
        System.out.printf(
            "  run %d: %,d keywords -> %,d groups holding %,d rows, %,d of them used in earlier"
                + " batches; HTTP estimate %.3f s (check alone %.3f s, %,d groups: normalise and"
                + " group %.3f s of which %.3f s on the CPU, look up %,d keys in earlier batches %.3f"
                + " s) -> ratio to the %.0f s limit: %.2f (%s)%n",
            run,
            batch.size(),
            groups.get("groups").size(),
            rows,
            withEarlier,
            http,
            checkOnly,
            alone.groups().size(),
            grouping,
            groupingCpu,
            sets.keys().size(),
            lookup,
            limitSeconds,
            http / limitSeconds,
            ok ? "met" : "NOT met");
      }
      if (database == DatabaseUnderTest.POSTGRESQL) {
        explain(
            context.getBean(DataSource.class), KeywordSets.of(normalizer, input, 0.75).keys());
      }
      System.out.printf(
          "keyword-groups: %d of %d runs met the %.0f s limit; load average %s%n",
          met, runs, limitSeconds, loadAverage());
    }
  }

  /** PostgreSQL's own time for one lookup statement of 2,500 keys, without the network or JDBC. */
  private static void explain(DataSource dataSource, List<String> allKeys) {
    List<String> keys = allKeys.subList(0, Math.min(2_500, allKeys.size()));
    String sql = NamedQueries.load("keywords", Database.POSTGRESQL).get("earlier-uses");
    JdbcClient.create(dataSource)
        .sql("EXPLAIN (ANALYZE) " + sql)
        .param("owner", "alice")
        .param("perKey", 5)
        .param("keys", keys)
        .query(String.class)
        .list()
        .stream()
        .filter(line -> line.contains("Execution Time") || line.contains("Index") || line.contains("Planning Time"))
        .forEach(line -> System.out.println("  plan: " + line.strip()));
  }

  /**
   * Keywords made of a modifier, a topic, a thing and sometimes an audience; about a third are
   * variants of an earlier one in the list, as people type them: reordered, singular, with a stop
   * word, another case.
   */
  static List<String> generate(int count, long seed) {
    Random random = new Random(seed);
    List<String> keywords = new ArrayList<>(count);
    while (keywords.size() < count) {
      if (keywords.size() > 10 && random.nextInt(3) == 0) {
        keywords.add(variant(keywords.get(random.nextInt(keywords.size())), random));
      } else {
        keywords.add(
            pick(MODIFIERS, random)
                + " "
                + pick(TOPICS, random)
                + " "
                + pick(THINGS, random)
                + pick(AUDIENCES, random));
      }
    }
    return keywords;
  }

  private static String variant(String keyword, Random random) {
    String[] words = keyword.split(" ");
    return switch (random.nextInt(4)) {
      case 0 -> words[words.length - 1] + " " + String.join(" ", List.of(words).subList(0, words.length - 1));
      case 1 -> keyword.endsWith("s") ? keyword.substring(0, keyword.length() - 1) : keyword + "s";
      case 2 -> "the " + keyword;
      default -> keyword.toUpperCase(Locale.ROOT);
    };
  }

  private static String pick(String[] words, Random random) {
    return words[random.nextInt(words.length)];
  }

  private static String body(String name, List<String> keywords) {
    ObjectNode body = JSON.createObjectNode().put("name", name);
    var items = body.putArray("items");
    keywords.forEach(items::add);
    return JSON.writeValueAsString(body);
  }

  private static void submit(Api api, String name, List<String> keywords) {
    var response = api.post("/api/articles/bulk", "application/json", body(name, keywords));
    if (response.status() != 202) {
      throw new IllegalStateException("Seeding failed: " + response.status() + " " + response.body());
    }
  }

  private static JsonNode estimate(Api api, String body) {
    var response = api.post("/api/articles/bulk/estimate", "application/json", body);
    if (response.status() != 200) {
      throw new IllegalStateException("Estimate failed: " + response.status() + " " + response.body());
    }
    return response.json();
  }

  private static String loadAverage() {
    return String.format(
        Locale.ROOT,
        "%.1f",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
