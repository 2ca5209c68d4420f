package com.bulkwriter.queue.internal;

import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.ArticleTransition;
import com.bulkwriter.batch.ArticlesMoved;
import com.bulkwriter.batch.SettingValues;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.TokenUsage;
import com.bulkwriter.quality.ArticleQuality;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue's statements on the articles table: claim, finish, heartbeat, rescue, release. The
 * moves of many articles at once (rescue, release) announce, per batch, how many they moved.
 */
@Component
class ArticleClaims {

  /** Errors are cut to fit their column. */
  static final int MAX_ERROR_LENGTH = 2_000;

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final ArticleQuality quality;

  ArticleClaims(
      JdbcClient jdbc,
      Database database,
      TransactionTemplate transactions,
      ApplicationEventPublisher events,
      ArticleQuality quality) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.events = events;
    this.quality = quality;
    this.sql = NamedQueries.load("queue", database);
  }

  /** Running realtime batches with an article ready to claim at {@code now}. */
  List<UUID> readyBatches(Instant now) {
    return readyBatches(SettingValues.REALTIME, now);
  }

  /** Running batches of {@code mode} with an article ready to claim at {@code now}. */
  List<UUID> readyBatches(String mode, Instant now) {
    return jdbc.sql(sql.get("ready-batches"))
        .param("now", time(now))
        .param("mode", mode)
        .query(UUID.class)
        .list();
  }

  /**
   * Claims up to {@code limit} ready articles of one batch in a single statement and reads them
   * back by the claim's token. Must run in a transaction, which the caller owns.
   */
  List<ClaimedArticle> claim(
      UUID batchId, int limit, String node, Instant now, Instant leaseExpires) {
    return claim(batchId, limit, node, UUID.randomUUID(), now, leaseExpires);
  }

  /** The claim under a given token (a provider batch's: its intent id). */
  List<ClaimedArticle> claim(
      UUID batchId, int limit, String node, UUID token, Instant now, Instant leaseExpires) {
    ArticleTransition claim = ArticleTransition.CLAIM;
    int claimed =
        jdbc.sql(sql.get("claim"))
            .param("batchId", batchId)
            .param("from", claim.fromNames())
            .param("to", claim.toName())
            .param("node", node)
            .param("token", token)
            .param("expires", time(leaseExpires))
            .param("now", time(now))
            .param("limit", limit)
            .update();
    if (claimed == 0) {
      return List.of();
    }
    return claimed(token);
  }

  /** How many articles {@code token} holds now. */
  int heldCount(UUID token) {
    return jdbc.sql(sql.get("held-count")).param("token", token).query(Integer.class).single();
  }

  /** The articles {@code token} holds now. */
  List<ClaimedArticle> claimed(UUID token) {
    return jdbc.sql(sql.get("claimed"))
        .param("token", token)
        .query(
            (rs, row) ->
                new ClaimedArticle(
                    rs.getObject("id", UUID.class),
                    rs.getObject("batch_id", UUID.class),
                    rs.getString("keyword"),
                    rs.getString("overrides"),
                    rs.getString("settings"),
                    rs.getInt("attempts"),
                    token))
        .list();
  }

  /**
   * Stores the result if the claim still holds the lease, or, when its lease was rescued while the
   * database was away and nobody has taken the article since, adopts it (a paid answer is not
   * thrown away) as the article's next version, and adds its token usage to the batch's totals in
   * the same transaction. False when the article went on without this claim.
   */
  boolean succeed(ClaimedArticle article, GeneratedArticle result, Instant now) {
    return succeedTogether(List.of(new Result(article, result, now))).getFirst();
  }

  /** A worker's complete answer for its claimed article, to be stored at {@code now}. */
  record Result(ClaimedArticle article, GeneratedArticle written, Instant now) {}

  /**
   * {@link #succeed} for several results in one transaction: answers, in order, whether each was
   * stored. One result whose claim is gone does not stop the others; a statement that fails rolls
   * them all back.
   */
  List<Boolean> succeedTogether(List<Result> results) {
    return transactions.execute(tx -> results.stream().map(this::storeWithUsage).toList());
  }

  private boolean storeWithUsage(Result stored) {
    ClaimedArticle article = stored.article();
    TokenUsage usage = stored.written().usage();
    if (!store(article, stored.written(), stored.now())) {
      return false;
    }
    // checked moments after the commit by the quality runner: here only marked pending
    quality.assessLater(article.id(), article.batchId());
    if (usage.totalTokens() != 0 || usage.costUsd().signum() != 0) {
      jdbc.sql(sql.get("add-batch-usage"))
          .param("batchId", article.batchId())
          .param("promptTokens", usage.promptTokens())
          .param("completionTokens", usage.completionTokens())
          .param("cost", usage.costUsd())
          .update();
    }
    return true;
  }

  private boolean store(ClaimedArticle article, GeneratedArticle result, Instant now) {
    return store("succeed", ArticleTransition.SUCCEED, article, result, now)
        || store("adopt", ArticleTransition.ADOPT, article, result, now);
  }

  private boolean store(
      String name,
      ArticleTransition transition,
      ClaimedArticle article,
      GeneratedArticle result,
      Instant now) {
    TokenUsage usage = result.usage();
    return fenced(name, transition, article, now)
            .param("attempts", article.attempts())
            .param("title", result.title())
            .param("slug", result.slug())
            .param("metaDescription", result.metaDescription())
            .param("body", result.markdown())
            .param("wordCount", result.wordCount())
            .param("promptTokens", usage.promptTokens())
            .param("completionTokens", usage.completionTokens())
            .param("cost", usage.costUsd())
            .update()
        == 1;
  }

  boolean retryLater(ClaimedArticle article, String error, Instant next, Instant now) {
    return fenced("retry-later", ArticleTransition.RETRY_LATER, article, now)
            .param("nextAttemptAt", time(next))
            .param("error", cut(error))
            .update()
        == 1;
  }

  /**
   * Puts the article back without spending its attempt, not to be claimed before {@code next}: the
   * provider is rate limiting, unavailable, or its batch was paused for a provider error.
   */
  boolean throttle(ClaimedArticle article, String error, Instant next, Instant now) {
    return fenced("throttle", ArticleTransition.THROTTLE, article, now)
            .param("nextAttemptAt", time(next))
            .param("error", cut(error))
            .update()
        == 1;
  }

  boolean fail(ClaimedArticle article, String error, Instant now) {
    return fenced("fail", ArticleTransition.FAIL, article, now).param("error", cut(error)).update()
        == 1;
  }

  /**
   * Extends the leases of {@code articles} that this node holds; returns how many. One statement
   * per article, in one transaction, taken in {@link ClaimedArticle#ROW_ORDER} as a group of
   * results is ({@link GroupCommit}): one statement for all of them took its rows in the database's
   * order and could deadlock with a group being stored.
   */
  int heartbeat(String node, List<ClaimedArticle> articles, Instant expires) {
    List<ClaimedArticle> inOrder = articles.stream().sorted(ClaimedArticle.ROW_ORDER).toList();
    Integer renewed =
        transactions.execute(
            tx -> {
              int count = 0;
              for (ClaimedArticle article : inOrder) {
                count +=
                    jdbc.sql(sql.get("heartbeat"))
                        .param("id", article.id())
                        .param("node", node)
                        .param("expires", time(expires))
                        .update();
              }
              return count;
            });
    return renewed == null ? 0 : renewed;
  }

  /** A statement that touches nothing, to learn whether the database answers. */
  int ping() {
    return jdbc.sql(sql.get("ping")).query(Integer.class).single() - 1;
  }

  /**
   * Returns articles whose lease expired before {@code cutoff} to the queue, or fails those that
   * used their last attempt. Returns how many were rescued or failed.
   */
  int rescueExpired(Instant cutoff, int maxAttempts, Instant now) {
    return rescueExpired(cutoff, maxAttempts, now, "");
  }

  /** As above, sparing the leases {@code spare} holds. */
  int rescueExpired(Instant cutoff, int maxAttempts, Instant now, String spare) {
    int failed =
        moveMany(
            transition("fail-expired", ArticleTransition.FAIL, now)
                .param("cutoff", time(cutoff))
                .param("spare", spare)
                .param("maxAttempts", maxAttempts)
                .param(
                    "error",
                    "The worker's lease expired on the last attempt (worker crashed or hung)"),
            ArticleTransition.FAIL);
    int rescued =
        moveMany(
            transition("rescue-expired", ArticleTransition.RESCUE, now)
                .param("cutoff", time(cutoff))
                .param("spare", spare)
                .param("error", "The worker's lease expired (worker crashed or hung); retrying"),
            ArticleTransition.RESCUE);
    return failed + rescued;
  }

  /** Hands back everything this node holds, without using an attempt. */
  int release(String node, Instant now) {
    return moveMany(
        transition("release", ArticleTransition.RELEASE, now).param("node", node),
        ArticleTransition.RELEASE);
  }

  /**
   * Runs a move that answers how many articles of each batch it moved, announces one {@link
   * ArticlesMoved} per batch, and returns how many moved in all.
   */
  private int moveMany(JdbcClient.StatementSpec move, ArticleTransition transition) {
    List<ArticlesMoved> moves =
        move.query(
                (rs, row) ->
                    new ArticlesMoved(
                        rs.getObject("batch_id", UUID.class), transition, rs.getInt("n")))
            .list();
    moves.forEach(events::publishEvent);
    return moves.stream().mapToInt(ArticlesMoved::count).sum();
  }

  Map<ArticleState, Long> depth() {
    Map<ArticleState, Long> depth = new EnumMap<>(ArticleState.class);
    for (ArticleState state : ArticleState.values()) {
      depth.put(state, 0L);
    }
    jdbc.sql(sql.get("depth"))
        .query(
            (java.sql.ResultSet rs) -> {
              depth.put(ArticleState.valueOf(rs.getString("status")), rs.getLong("n"));
            });
    return depth;
  }

  private JdbcClient.StatementSpec fenced(
      String name, ArticleTransition transition, ClaimedArticle article, Instant now) {
    return transition(name, transition, now)
        .param("id", article.id())
        .param("token", article.token());
  }

  private JdbcClient.StatementSpec transition(
      String name, ArticleTransition transition, Instant now) {
    return jdbc.sql(sql.get(name))
        .param("from", transition.fromNames())
        .param("to", transition.toName())
        .param("now", time(now));
  }

  private static String cut(String error) {
    String text = error == null ? "unknown error" : error;
    return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
  }
}
