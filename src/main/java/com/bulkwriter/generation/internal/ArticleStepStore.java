package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.TokenUsage;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.DatabaseOutage;
import com.bulkwriter.support.sql.NamedQueries;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code article_steps} table: finished steps of long articles, kept across attempts. */
@Component
class ArticleStepStore {

  private static final Logger log = LoggerFactory.getLogger(ArticleStepStore.class);

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final Clock clock;

  ArticleStepStore(JdbcClient jdbc, Database database, Clock clock) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("generation", database);
    this.clock = clock;
  }

  /** The steps of {@code articleId}: those finished by earlier attempts, and those to come. */
  StepLog forArticle(UUID articleId) {
    Map<Integer, StepLog.Step> finished = new TreeMap<>();
    jdbc.sql(sql.get("find-steps"))
        .param("articleId", articleId)
        .query(
            (rs, row) ->
                new StepLog.Step(
                    rs.getInt("step"),
                    rs.getString("content"),
                    new TokenUsage(
                        rs.getLong("prompt_tokens"),
                        rs.getLong("completion_tokens"),
                        rs.getBigDecimal("cost_usd"))))
        .list()
        .forEach(step -> finished.put(step.index(), step));
    return new StepLog() {
      @Override
      public Optional<Step> find(int index) {
        return Optional.ofNullable(finished.get(index));
      }

      @Override
      public Step save(Step step) {
        try {
          jdbc.sql(sql.get("insert-step"))
              .param("articleId", articleId)
              .param("step", step.index())
              .param("content", step.content())
              .param("promptTokens", step.usage().promptTokens())
              .param("completionTokens", step.usage().completionTokens())
              .param("cost", step.usage().costUsd())
              .param("now", clock.instant().atOffset(ZoneOffset.UTC))
              .update();
          finished.put(step.index(), step);
          return step;
        } catch (DuplicateKeyException savedByAnother) {
          Step first = forArticle(articleId).find(step.index()).orElseThrow();
          finished.put(step.index(), first);
          return first;
        } catch (RuntimeException failure) {
          if (!DatabaseOutage.isOutage(failure)) {
            throw failure;
          }
          // the step is paid for: go on with it in memory; only a later attempt would need it
          // from the table, and the article's own result is stored until the database is back
          log.warn(
              "Could not save step {} of article {}; going on", step.index(), articleId, failure);
          finished.put(step.index(), step);
          return step;
        }
      }
    };
  }
}
