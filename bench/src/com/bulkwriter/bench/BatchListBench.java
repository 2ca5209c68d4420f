package com.bulkwriter.bench;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.TestApplication;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The batches list at scale on PostgreSQL: seeds 10,000 batches and about 1,000,000 articles with
 * SQL (generate_series), keeps the per-state counts of the finished batches on their rows with the
 * product's own statement (keep-counts, as a batch that completes or is cancelled gets them), then
 * times list pages, filters, sorts and searches through the real HTTP API of one node, with an API
 * token as a script would send it. Prints p50 and p95 of each case and the ratio of p95 to the
 * limit.
 *
 * <p>Sizes: every 100th batch has 5,000 articles, the others 50 or 51, so that a page now and then
 * holds a large batch (all of them finished here: their counts are kept; a running batch's are
 * counted from its articles). Keywords are two words from small lists plus a
 * number; one article in 5,000 has the rare word "zephyr". Run with {@code bench/batch-list}.
 */
public final class BatchListBench {

  private static final String[] WORDS = {
    "hiking", "coffee", "garden", "running", "camping", "baking", "yoga", "cycling", "fishing",
    "travel", "budget", "vegan", "pet", "home", "office", "winter", "summer", "kids", "senior",
    "digital"
  };
  private static final String[] THINGS = {
    "boots", "tips", "guide", "ideas", "recipes", "gear", "plans", "mistakes", "tools", "checklist",
    "routine", "shoes", "books", "apps", "tricks", "basics", "trends", "reviews", "deals", "hacks"
  };

  public static void main(String[] args) throws Exception {
    int batches = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    double limitMs = args.length > 2 ? Double.parseDouble(args[2]) : 100;
    var context =
        TestApplication.start(
            DatabaseUnderTest.POSTGRESQL.properties(),
            Map.of(
                "bulkwriter.queue.enabled", "false",
                "logging.level.root", "WARN"));
    try (context) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      Api admin = new Api(port);
      Api alice = admin.newUser("alice");
      // one real submit gives the settings JSON every seeded batch shares
      admin.post("/api/articles/bulk", "application/json", "{\"name\": \"template\", \"items\": [\"x\"]}");
      long start = System.nanoTime();
      long articles = seed(context.getBean(DataSource.class), batches);
      System.out.printf(
          "batch-list: seeded %,d batches and %,d articles on PostgreSQL in %.1f s (then VACUUM"
              + " ANALYZE); load average %s%n",
          batches, articles, (System.nanoTime() - start) / 1e9, loadAverage());

      Map<String, Cases> cases = new LinkedHashMap<>();
      cases.put("admin, newest first, page 1 (50)", new Cases(admin, "page=0&size=50"));
      cases.put("admin, page 100 (offset 4,950)", new Cases(admin, "page=99&size=50"));
      cases.put("user (500 batches), newest first", new Cases(alice, "size=50"));
      cases.put("admin, status=PAUSED", new Cases(admin, "size=50&status=PAUSED"));
      cases.put(
          "admin, created in one week, archived too",
          new Cases(admin, "size=50&archived=all&createdFrom={from}&createdBefore={before}"));
      cases.put("admin, archived only", new Cases(admin, "size=50&archived=true"));
      cases.put("admin, owner=alice", new Cases(admin, "size=50&owner=alice"));
      cases.put("admin, sort by name", new Cases(admin, "size=50&sort=name"));
      cases.put("admin, sort by articles", new Cases(admin, "size=50&sort=articles"));
      cases.put("admin, sort by status", new Cases(admin, "size=50&sort=status"));
      cases.put("search name \"hiking\"", new Cases(admin, "size=50&q=hiking&searchIn=name"));
      cases.put("search name \"#4242\" (one)", new Cases(admin, "size=50&q=%234242&searchIn=name"));
      cases.put(
          "search keyword \"zephyr\" (rare)", new Cases(admin, "size=50&q=zephyr&searchIn=keyword"));
      cases.put(
          "search keyword \"vegan hacks\" (common)",
          new Cases(admin, "size=50&q=vegan%20hacks&searchIn=keyword"));
      cases.put("search keyword \"boots\" (every batch)", new Cases(admin, "size=50&q=boots&searchIn=keyword"));
      cases.put("search name or keyword \"coffee\"", new Cases(admin, "size=50&q=coffee"));
      cases.put("user, search keyword \"zephyr\"", new Cases(alice, "size=50&q=zephyr&searchIn=keyword"));

      String weekFrom = java.time.Instant.now().minus(java.time.Duration.ofDays(14)).toString();
      String weekBefore = java.time.Instant.now().minus(java.time.Duration.ofDays(7)).toString();
      int met = 0;
      for (var entry : cases.entrySet()) {
        String query =
            entry.getValue().query().replace("{from}", weekFrom).replace("{before}", weekBefore);
        Api api = entry.getValue().api();
        long matches = 0;
        for (int i = 0; i < 5; i++) {
          matches = get(api, query);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
          long t = System.nanoTime();
          get(api, query);
          times.add((System.nanoTime() - t) / 1e6);
        }
        times.sort(Double::compare);
        double p50 = times.get(times.size() / 2);
        double p95 = times.get((int) Math.ceil(times.size() * 0.95) - 1);
        boolean ok = p95 <= limitMs;
        met += ok ? 1 : 0;
        System.out.printf(
            "  %-44s %,7d matches  p50 %6.1f ms  p95 %6.1f ms  -> ratio to the %.0f ms limit: %.2f"
                + " (%s)%n",
            entry.getKey(), matches, p50, p95, limitMs, p95 / limitMs, ok ? "met" : "NOT met");
      }
      System.out.printf(
          "batch-list: %d of %d cases met the limit at p95 (%d runs each after 5 warm-ups); load"
              + " average %s%n",
          met, cases.size(), runs, loadAverage());
    }
  }

  private record Cases(Api api, String query) {}

  /** One list request; answers the number of matches (fails on anything but 200). */
  private static long get(Api api, String query) {
    var response = api.get("/api/articles/queue?" + query);
    if (response.status() != 200) {
      throw new IllegalStateException(query + " answered " + response.status() + ": " + response.body());
    }
    return response.json().get("totalElements").longValue();
  }

  private static long seed(DataSource dataSource, int batches) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      connection.setAutoCommit(true);
      String words = array(WORDS);
      String things = array(THINGS);
      sql.execute(
          """
          INSERT INTO batches (id, owner, name, status, settings, total, created_at, updated_at,
                               finished_at, archived_at)
          SELECT ('00000000-0000-0000-0000-' || lpad(to_hex(i), 12, '0'))::uuid,
                 CASE i %% 20 WHEN 0 THEN 'alice' WHEN 1 THEN 'admin' ELSE 'owner' || (i %% 20) END,
                 initcap((%1$s)[1 + i %% 20] || ' ' || (%2$s)[1 + (i / 20) %% 20]) || ' #' || i,
                 CASE WHEN i %% 20 = 3 THEN 'RUNNING' WHEN i %% 20 = 7 THEN 'PAUSED'
                      WHEN i %% 20 = 11 THEN 'CANCELLED' ELSE 'COMPLETED' END,
                 (SELECT settings FROM batches WHERE name = 'template'),
                 CASE WHEN i %% 100 = 0 THEN 5000 WHEN i %% 2 = 1 THEN 51 ELSE 50 END,
                 now() - (%3$d - i) * interval '5 minutes',
                 now() - (%3$d - i) * interval '5 minutes',
                 now() - (%3$d - i) * interval '4 minutes',
                 CASE WHEN i %% 10 = 5 THEN now() ELSE NULL END
          FROM generate_series(1, %3$d) AS i
          """
              .formatted(words, things, batches));
      sql.execute(
          """
          INSERT INTO articles (id, batch_id, ordinal, keyword, status, attempts, next_attempt_at,
                                title, word_count, body, created_at, updated_at, finished_at)
          SELECT gen_random_uuid(), b.id, o,
                 CASE WHEN (o * 7919 + b.total) %% 5000 = 0 THEN 'zephyr ' ELSE '' END
                   || (%1$s)[1 + (abs(hashtext(b.id::text) %% 1000) + o * 7) %% 20]
                   || ' ' || (%2$s)[1 + (abs(hashtext(b.name) %% 1000) + o * 13) %% 20] || ' ' || o,
                 CASE b.status WHEN 'COMPLETED' THEN 'SUCCEEDED' WHEN 'CANCELLED' THEN 'CANCELLED'
                      ELSE 'QUEUED' END,
                 1, b.created_at, 'An article', 800,
                 'A short stand-in for the Markdown body of an article, about two hundred'
                   || ' characters long, so that the rows have the width of real ones without'
                   || ' seeding gigabytes.',
                 b.created_at, b.created_at, b.finished_at
          FROM batches b CROSS JOIN LATERAL generate_series(1, b.total) AS o
          WHERE b.name <> 'template'
          """
              .formatted(words, things));
      sql.execute(
          """
          INSERT INTO batch_keywords (batch_id, part, keywords)
          SELECT batch_id, (ordinal - 1) / 60, string_agg(lower(keyword), chr(10) ORDER BY ordinal)
          FROM articles a
          WHERE NOT EXISTS (SELECT 1 FROM batch_keywords k WHERE k.batch_id = a.batch_id)
          GROUP BY batch_id, (ordinal - 1) / 60
          """);
      keepCounts(dataSource, sql);
      sql.execute("VACUUM ANALYZE");
      try (var count = sql.executeQuery("SELECT count(*) FROM articles")) {
        count.next();
        return count.getLong(1);
      }
    }
  }

  /**
   * What the product writes when a batch finishes: the per-state counts kept on a completed or
   * cancelled batch's row, by the product's own statement (keep-counts in sql/batch.sql), once per
   * finished batch.
   */
  private static void keepCounts(DataSource dataSource, Statement sql) throws SQLException {
    List<MapSqlParameterSource> finished = new ArrayList<>();
    try (var rows =
        sql.executeQuery("SELECT id FROM batches WHERE status IN ('COMPLETED', 'CANCELLED')")) {
      while (rows.next()) {
        finished.add(new MapSqlParameterSource("id", rows.getObject(1, UUID.class)));
      }
    }
    new NamedParameterJdbcTemplate(dataSource)
        .batchUpdate(
            NamedQueries.load("batch", Database.POSTGRESQL).get("keep-counts"),
            finished.toArray(MapSqlParameterSource[]::new));
  }

  private static String array(String[] values) {
    return "ARRAY['" + String.join("','", values) + "']";
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
