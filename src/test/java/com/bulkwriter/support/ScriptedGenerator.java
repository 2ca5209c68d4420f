package com.bulkwriter.support;

import com.bulkwriter.generation.ArticleGenerator;
import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.ProviderInfo;
import com.bulkwriter.generation.TokenUsage;
import com.bulkwriter.generation.Words;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider for queue tests whose behaviour the keyword scripts, and which counts every call per
 * keyword so tests can prove that each article was generated exactly once.
 *
 * <ul>
 *   <li>{@code #fail-once}: the first call fails with a retryable error
 *   <li>{@code #fail-always}: every call fails with a retryable error
 *   <li>{@code #permanent}: every call fails with a permanent error
 *   <li>{@code #hang}: blocks until interrupted (a hung worker)
 *   <li>{@code #rate-limited-once}: the first call is rate limited (retry after 10 ms)
 *   <li>{@code #fatal}: fails as a rejected API key while {@link #rejectKey} is set
 *   <li>{@code #costs-a-cent}: the article costs 0.01 USD (100 prompt, 300 completion tokens)
 * </ul>
 *
 * Every call also sleeps {@link #delay} (zero unless a test sets it).
 */
public class ScriptedGenerator implements ArticleGenerator {

  public static final String NAME = "scripted";

  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private volatile Duration delay = Duration.ZERO;
  private volatile boolean keyRejected;

  @Override
  public ProviderInfo info() {
    return new ProviderInfo(NAME, "Scripted test provider", true, List.of("script-1"));
  }

  @Override
  public GeneratedArticle generate(ArticleSpec spec) {
    int call = calls.computeIfAbsent(spec.keyword(), k -> new AtomicInteger()).incrementAndGet();
    sleep(delay);
    String keyword = spec.keyword();
    if (keyword.contains("#hang")) {
      sleep(Duration.ofHours(1));
    }
    if (keyword.contains("#fatal") && keyRejected) {
      throw GenerationFailure.fatal("API key rejected (401).");
    }
    if (keyword.contains("#rate-limited-once") && call == 1) {
      throw GenerationFailure.rateLimited("429 from the provider", Duration.ofMillis(10));
    }
    if (keyword.contains("#permanent")) {
      throw new GenerationFailure("refused: " + keyword, false);
    }
    if (keyword.contains("#fail-always") || (keyword.contains("#fail-once") && call == 1)) {
      throw new GenerationFailure("provider hiccup on call " + call, true);
    }
    String body = "# " + keyword + "\n\nA short article about " + keyword + ".\n";
    TokenUsage usage =
        keyword.contains("#costs-a-cent")
            ? new TokenUsage(100, 300, new BigDecimal("0.01"))
            // more than the cost columns hold: an answer the database refuses
            : keyword.contains("#costs-too-much")
                ? new TokenUsage(100, 300, new BigDecimal("1E12"))
                : TokenUsage.NONE;
    return new GeneratedArticle(
        keyword,
        "slug-" + Math.abs(keyword.hashCode()),
        "About " + keyword,
        body,
        Words.count(body),
        usage);
  }

  public int calls(String keyword) {
    AtomicInteger count = calls.get(keyword);
    return count == null ? 0 : count.get();
  }

  public Map<String, AtomicInteger> allCalls() {
    return calls;
  }

  public void delay(Duration delay) {
    this.delay = delay;
  }

  public void rejectKey(boolean rejected) {
    this.keyRejected = rejected;
  }

  public void reset() {
    calls.clear();
    keyRejected = false;
    delay = Duration.ZERO;
  }

  private static void sleep(Duration duration) {
    if (duration.isZero()) {
      return;
    }
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GenerationFailure("interrupted", true);
    }
  }
}
